"""What analysts add: rulings on disagreements, deadlines and their revisions, known events,
and corrections of an article's details. Only ever added, with who and when; nothing an analyst
records deletes what the sources said."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from parley.profile import TIERS, KnownDeadline, KnownEvent, Revision
from parley.store.base import StoreBase
from parley.store.records import Correction, Ruling, _as_date, _utc
from parley.store.schema import (
    RULINGS,
    _bump_revision,
    adjudications,
    article_corrections,
    articles,
    deadline_entries,
    deadline_revisions,
    event_entries,
)


class AnalystEntries(StoreBase):
    """Rulings, deadlines, known events and corrections analysts add."""

    def add_ruling(self, subject: str, ruling: str, note: str, who: str) -> Ruling:
        """Record an analyst's ruling; the values ruled on stay as they are."""
        if ruling not in RULINGS:
            raise ValueError(f"ruling must be one of {', '.join(RULINGS)}")
        made = Ruling(subject=subject, ruling=ruling, note=note.strip(), who=who, at=datetime.now(timezone.utc))
        with self.write() as conn:
            conn.execute(sa.insert(adjudications).values(
                subject=made.subject, ruling=made.ruling, note=made.note, who=made.who, at=made.at))
            _bump_revision(conn)
        return made

    def rulings(self) -> dict[str, list[Ruling]]:
        """Every ruling by subject, oldest first (the last one is in force)."""
        with self.read() as conn:
            rows = conn.execute(sa.select(adjudications).order_by(adjudications.c.at, adjudications.c.id)).mappings()
            found: dict[str, list[Ruling]] = {}
            for r in rows:
                found.setdefault(r["subject"], []).append(
                    Ruling(subject=r["subject"], ruling=r["ruling"], note=r["note"], who=r["who"], at=_utc(r["at"])))
        return found

    def add_deadline(self, deadline: KnownDeadline, who: str) -> None:
        """Record a deadline an analyst found, with its first revision."""
        now = datetime.now(timezone.utc)
        with self.write() as conn:
            conn.execute(sa.insert(deadline_entries).values(
                id=deadline.id, label=deadline.label, issuer=deadline.issuer, target=deadline.target,
                measure=deadline.measure, timezone=deadline.timezone, who=who, at=now))
            for revision in deadline.revisions:
                _insert_revision(conn, deadline.id, revision, who, now)
            _bump_revision(conn)

    def add_deadline_revision(self, deadline_id: str, revision: Revision, who: str) -> None:
        """Record a new setting of a deadline (the profile's or an analyst's), with its source."""
        with self.write() as conn:
            _insert_revision(conn, deadline_id, revision, who, datetime.now(timezone.utc))
            _bump_revision(conn)

    def add_event(self, event: KnownEvent, who: str, taken: tuple[str, ...] = ()) -> None:
        """Record an exchange event an editor knows of, with its source; an id already used (here
        or in ``taken``, the profile's) is refused and nothing is written."""
        if not event.source.strip():
            raise ValueError("an event needs its source")
        with self.write() as conn:
            used = conn.execute(sa.select(event_entries.c.id).where(event_entries.c.id == event.id)).first()
            if used is not None or event.id in taken:
                raise ValueError(f"there is already an event with the id {event.id!r}")
            conn.execute(sa.insert(event_entries).values(
                id=event.id, label=event.label, date=event.date, kind=event.kind, category=event.category,
                per_side=event.per_side, total=event.total, qualifier=event.qualifier, parent=event.parent,
                source=event.source.strip(), who=who, at=datetime.now(timezone.utc)))
            _bump_revision(conn)

    def analyst_events(self) -> list[tuple[KnownEvent, str, datetime]]:
        """Events editors added, oldest first, each with who added it and when."""
        with self.read() as conn:
            rows = conn.execute(sa.select(event_entries).order_by(event_entries.c.at)).mappings().all()
        return [(KnownEvent(id=r["id"], label=r["label"], date=_as_date(r["date"]), kind=r["kind"],
                            category=r["category"], source=r["source"], per_side=r["per_side"], total=r["total"],
                            qualifier=r["qualifier"], parent=r["parent"]), r["who"], _utc(r["at"]))
                for r in rows]

    def analyst_deadlines(self) -> tuple[list[KnownDeadline], dict[str, list[Revision]]]:
        """Deadlines analysts added (without revisions) and every analyst revision by deadline id."""
        with self.read() as conn:
            entries = conn.execute(sa.select(deadline_entries).order_by(deadline_entries.c.at)).mappings().all()
            rows = conn.execute(sa.select(deadline_revisions).order_by(deadline_revisions.c.announced)).mappings().all()
        revisions: dict[str, list[Revision]] = {}
        for r in rows:
            revisions.setdefault(r["deadline_id"], []).append(Revision(
                announced=_as_date(r["announced"]), days=r["days"], source=f"{r['source']} (added by {r['who']})"))
        added = [KnownDeadline(id=e["id"], label=e["label"], issuer=e["issuer"], target=e["target"],
                               measure=e["measure"], revisions=(), timezone=e["timezone"]) for e in entries]
        return added, revisions

    def correct_article(self, article_id: str, changes: dict[str, Any], who: str, note: str) -> list[Correction]:
        """Change an article's title, outlet, date or tier: each changed field is recorded with
        the value it replaced, who, when and why, then the article carries the new value. Fields
        given unchanged record nothing. Bad values raise ValueError and change nothing."""
        wanted = {name: _correction_value(name, value) for name, value in changes.items()}
        if not note.strip():
            raise ValueError("a correction needs a note saying why")
        now = datetime.now(timezone.utc)
        with self.write() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).mappings().first()
            if row is None:
                raise ValueError(f"no article {article_id!r}")
            made = [Correction(article_id=article_id, field=name, value=value, previous=_stored_text(row[name]),
                               note=note.strip(), who=who, at=now)
                    for name, value in wanted.items() if value != _stored_text(row[name])]
            for correction in made:
                conn.execute(sa.insert(article_corrections).values(
                    article_id=article_id, field=correction.field, value=correction.value,
                    previous=correction.previous, source=correction.source, note=correction.note,
                    who=who, at=now))
            if made:
                _apply_corrections(conn, article_id)
                _bump_revision(conn)
        return made

    def corrections(self, article_id: str) -> list[Correction]:
        """Every correction of one article, oldest first (the last per field is in force)."""
        query = (sa.select(article_corrections).where(article_corrections.c.article_id == article_id)
                 .order_by(article_corrections.c.at, article_corrections.c.id))
        with self.read() as conn:
            return [Correction(article_id=r["article_id"], field=r["field"], value=r["value"],
                               previous=r["previous"], note=r["note"], who=r["who"], at=_utc(r["at"]),
                               source=r["source"]) for r in conn.execute(query).mappings()]


CORRECTABLE = ("title", "outlet", "published", "tier")


def _correction_value(name: str, value: Any) -> str | None:
    """A correction's value as stored (text; ISO for a date), or ValueError saying what is wrong."""
    if name not in CORRECTABLE:
        raise ValueError(f"only {', '.join(CORRECTABLE)} can be corrected, not {name!r}")
    text = value.isoformat() if isinstance(value, date) else (str(value).strip() if value is not None else "")
    if name == "title" and not text:
        raise ValueError("an article needs a title")
    if name == "published" and text:
        try:
            text = date.fromisoformat(text[:10]).isoformat()
        except ValueError as exc:
            raise ValueError(f"a date must be YYYY-MM-DD, not {text!r}") from exc
    if name == "tier" and text and text not in TIERS:
        raise ValueError(f"tier must be one of {', '.join(TIERS)}")
    return text or None


def _stored_text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat()[:10] if isinstance(value, date) else str(value)


def _apply_corrections(conn: Connection, article_id: str) -> None:
    """Put the latest correction of each field on the article row: an editor's word wins over
    whatever ingest or re-extraction read from the file."""
    rows = conn.execute(sa.select(article_corrections.c.field, article_corrections.c.value)
                        .where(article_corrections.c.article_id == article_id)
                        .order_by(article_corrections.c.at, article_corrections.c.id)).all()
    latest = {field: value for field, value in rows}
    if "published" in latest:
        latest["published"] = date.fromisoformat(latest["published"]) if latest["published"] else None
        latest["dated_by"] = "editor"
    if latest:
        conn.execute(sa.update(articles).where(articles.c.id == article_id).values(**latest))


def _insert_revision(conn: Connection, deadline_id: str, revision: Revision, who: str, at: datetime) -> None:
    if not revision.source.strip():
        raise ValueError("a revision needs its source")
    conn.execute(sa.insert(deadline_revisions).values(
        deadline_id=deadline_id, announced=revision.announced, days=revision.days,
        source=revision.source.strip(), who=who, at=at))
