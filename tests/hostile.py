"""A hostile corpus made in code, not committed: over 200 cases in eight families (encodings,
names, bombs, broken containers, huge inputs, pathological nesting in every format, garbage,
duplicates). Each case is a file name, a thunk making its bytes (big ones are made only when a
test runs) and what must become of it:

- "stored": read correctly: the stored text holds ``contains`` and not ``absent``, with ``flags``;
- "refused": with a one-line reason holding one of the ``reason`` alternatives (split on "|");
- "duplicate": the text is already in the library (the seeds are, in every test that uses this);
- "stored|refused": a broken file that may be refused or, if stored, must hold its whole text.
"""

from __future__ import annotations

import codecs
import gzip
import io
import random
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from parley.ingest.frontmatter import split_front_matter
from parley.settings import SEED_DIR
from tests.fixtures.documents import PARAGRAPHS, docx_document, encrypted_pdf, html_page, pdf_document

# Files one name cannot take on a Linux disk (a NUL or a slash in it, or over 255 bytes).
BAD_ON_DISK = ("\x00", "/")
CITIES = ["Geneva", "Vienna", "Doha", "Riyadh", "Ankara", "Helsinki", "Oslo", "Baku", "Astana", "Valletta"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


@dataclass(frozen=True)
class Case:
    family: str
    label: str
    name: str
    make: Callable[[], bytes]
    outcome: str  # "stored", "refused", "duplicate" or "stored|refused"
    reason: str = ""  # for a refusal: alternatives its reason contains, separated by |
    contains: str = ""  # for a stored file: text the stored article must hold
    absent: str = ""  # ... and text it must not
    flags: tuple[str, ...] = ()

    @property
    def on_disk(self) -> bool:
        """Whether a file can carry this name on disk (the CLI reads files from disk)."""
        raw = self.name.encode("utf-8", errors="surrogateescape")
        return not any(ch in self.name for ch in BAD_ON_DISK) and 0 < len(raw) <= 255


# --- articles: each stored case gets its own, so no two are duplicates -----------------------

def article(n: int) -> str:
    """A short English article, different for every n (a sentence of its own at the end)."""
    unique = (f"The mediators said the {ORDINALS[n % 10]} technical meeting in {CITIES[(n // 10) % 10]} "
              f"would follow within {n + 2} days.")
    return "\n\n".join([*PARAGRAPHS, unique])


def unique_phrase(n: int) -> str:
    return f"would follow within {n + 2} days"


RUSSIAN = ("Переговоры в Стамбуле завершились обменом пленными, заявили в Киеве.\n\n"
           "Стороны договорились продолжить консультации на уровне экспертов через {n} дней.")
FRENCH = ("Les négociateurs réunis à Genève ont décidé un échange de détenus, a déclaré le médiateur.\n\n"
          "La prochaine réunion technique aura lieu dans {n} jours, selon les deux délégations.")
GERMAN = ("Die Unterhändler einigten sich in Genf auf einen Austausch von Gefangenen, sagte ein Sprecher.\n\n"
          "Die nächste Runde soll in {n} Tagen beginnen, hieß es aus beiden Delegationen.")
SMART = ("Ukraine’s delegation — led by the defence minister — said the “humanitarian track” would go on.\n\n"
         "Russia’s envoy agreed to meet again in {n} days, officials said.")


def _seed_text(index: int) -> str:
    path = sorted(SEED_DIR.glob("*.txt"))[index]
    return path.read_text(encoding="utf-8")


def _seed_body(index: int) -> str:
    return split_front_matter(_seed_text(index))[1]


# --- builders -----------------------------------------------------------------------------

def _junk(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _high_bytes(size: int, seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(0x80, 0x100) for _ in range(size))


def _pdf_with_objects(objects: list[bytes]) -> bytes:
    """A PDF of these objects (1 is the catalog) with a valid cross-reference table."""
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.7\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _pdf_with_stream(stream: bytes, declared_filter: str = "/FlateDecode") -> bytes:
    """A one-page PDF whose content stream is the given (compressed) bytes."""
    return _pdf_with_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter %s >>\nstream\n" % (len(stream), declared_filter.encode()) + stream + b"\nendstream",
    ])


def pdf_bomb(expanded: int = 2 * 2**30) -> bytes:
    """A PDF whose 2 MB content stream inflates to 2 GB of text operators."""
    squeeze, chunk, parts = zlib.compressobj(9), b"(A) Tj " * (2**20 // 7), []
    for _ in range(expanded // len(chunk)):
        parts.append(squeeze.compress(chunk))
    parts.append(squeeze.flush())
    return _pdf_with_stream(b"".join(parts))


def pdf_nested_arrays(depth: int = 100_000) -> bytes:
    return _pdf_with_stream(b"BT " + b"[" * depth + b"(x)" + b"]" * depth + b" TJ ET", "/None")


def pdf_kids_loop() -> bytes:
    """A page tree whose node lists itself as its own child."""
    return _pdf_with_objects([b"<< /Type /Catalog /Pages 2 0 R >>",
                              b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"])


def pdf_deep_page_tree(depth: int = 5000) -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (level + 3))
    objects.append(b"<< /Type /Page /MediaBox [0 0 612 792] >>")
    return _pdf_with_objects(objects)


def pdf_blank() -> bytes:
    return _pdf_with_stream(b"", "/None")


def _docx_replacing(member: str, data: bytes, base: bytes | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base or docx_document())) as original, zipfile.ZipFile(out, "w") as changed:
        for item in original.infolist():
            changed.writestr(item, data if item.filename == member else original.read(item))
    return out.getvalue()


def _docx_body(inner: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{inner}</w:body></w:document>").encode()


def _w_paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def docx_zip_bomb(expanded: int = 1 * 2**30) -> bytes:
    """A .docx whose document.xml declares (and holds) 1 GB of zeros, deflated to about 1 MB."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_document())) as original, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in original.infolist():
            if item.filename != "word/document.xml":
                bomb.writestr(item, original.read(item))
        with bomb.open("word/document.xml", "w", force_zip64=True) as member:
            zeros = b"\0" * 2**24
            for _ in range(expanded // len(zeros)):
                member.write(zeros)
    return out.getvalue()


def docx_lying_sizes() -> bytes:
    """A .docx whose document.xml declares 1 KB but inflates to 300 MB."""
    payload = _docx_body(_w_paragraph("x" * (300 * 2**20)))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_document())) as original, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as changed:
        for item in original.infolist():
            if item.filename != "word/document.xml":
                changed.writestr(item, original.read(item))
        changed.writestr("word/document.xml", payload)
    data = bytearray(out.getvalue())
    # Patch the declared uncompressed size of document.xml in both headers to 1 KB.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            length = int.from_bytes(data[start + (26 if signature == b"PK\x03\x04" else 28):][:2], "little")
            if data[name_at:name_at + length] == b"word/document.xml":
                data[start + offset:start + offset + 4] = (1024).to_bytes(4, "little")
            start += 4
    return bytes(data)


def docx_with_entities() -> bytes:
    """A .docx whose document.xml defines billion-laughs entities."""
    laughs = "".join(f'<!ENTITY l{n} "{"&l%d;" % (n - 1) * 10}">' for n in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "lol">{laughs}]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>")
    return _docx_replacing("word/document.xml", xml.encode())


def docx_external_entity(n: int) -> bytes:
    """An article with a paragraph that asks for /etc/passwd through an external entity."""
    paragraphs = "".join(_w_paragraph(p) for p in article(n).split("\n\n"))
    xml = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{paragraphs}<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>")
    return _docx_replacing("word/document.xml", xml.encode())


def docx_many_members(n: int, members: int = 20_000) -> bytes:
    base = docx_document(article(n).split("\n\n"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as original, zipfile.ZipFile(out, "w") as changed:
        for item in original.infolist():
            changed.writestr(item, original.read(item))
        for number in range(members):
            changed.writestr(f"extra/part{number}.xml", b"")
    return out.getvalue()


def docx_nested_tables(depth: int = 300) -> bytes:
    cell = _w_paragraph("deep")
    for _ in range(depth):
        cell = f"<w:tbl><w:tr><w:tc>{cell}</w:tc></w:tr></w:tbl>"
    paragraphs = "".join(_w_paragraph(p) for p in article(520).split("\n\n"))
    return _docx_replacing("word/document.xml", _docx_body(cell + paragraphs))


def docx_deep_elements(depth: int = 100_000) -> bytes:
    return _docx_replacing("word/document.xml", _docx_body("<w:p>" + "<w:r>" * depth + "</w:r>" * depth + "</w:p>"))


def docx_paragraphs(texts: list[str]) -> bytes:
    return docx_document(texts)


def docx_without(member: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_document(article(330).split("\n\n")))) as original, zipfile.ZipFile(out, "w") as changed:
        for item in original.infolist():
            if item.filename != member:
                changed.writestr(item, original.read(item))
    return out.getvalue()


def docx_bad_crc() -> bytes:
    data = bytearray(docx_document(article(331).split("\n\n")))
    name_at = data.find(b"word/document.xml") + len(b"word/document.xml")
    data[name_at + 40] ^= 0xFF  # a byte inside the compressed member
    return bytes(data)


def docx_encrypted_member() -> bytes:
    """document.xml marked encrypted, in its local header and in the central directory."""
    data = bytearray(docx_document(article(332).split("\n\n")))
    for signature, flags_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            if data[start + name_at:start + name_at + 17] == b"word/document.xml":
                data[start + flags_at] |= 0x01
            start += 4
    return bytes(data)


def html_laughs() -> bytes:
    laughs = "".join(f'<!ENTITY l{n} "{"&l%d;" % (n - 1) * 10}">' for n in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY l0 "lol">{laughs}]>'
            "<html><body><p>&l9;</p></body></html>").encode()


def html_external_entity(n: int) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in article(n).split("\n\n"))
    return ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            f"<html><head><title>Talks</title></head><body><article>{body}<p>&xxe;</p></article></body></html>"
            ).encode()


def html_around(inner: str, title: str = "Talks in Geneva") -> bytes:
    return f"<html><head><title>{title}</title></head><body><article>{inner}</article></body></html>".encode()


def html_paragraphs(text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in text.split("\n\n"))


def deep_html(depth: int = 1_000_000) -> bytes:
    return b"<html><body>" + b"<div>" * depth + "\n\n".join(PARAGRAPHS).encode() + b"</div>" * depth + b"</body></html>"


def one_paragraph_html(size: int = 19 * 2**20) -> bytes:
    """19 MB of text in one paragraph on one line: over libxml2's 10 MB cap on a text node."""
    sentence = b"Negotiators met again in Geneva and agreed to exchange prisoners. "
    return b"<html><body><article><p>" + sentence * (size // len(sentence)) + b"</p></article></body></html>"


def minified_html(paragraphs: int = 170_000) -> bytes:
    """A 17 MB page on one line, 170,000 different paragraphs: trafilatura needs minutes on it."""
    words = "negotiators met again in geneva and agreed to exchange prisoners after long talks".split()
    rng = random.Random(3)
    body = "".join(f"<p>{' '.join(rng.choice(words) for _ in range(12)).capitalize()} {n}.</p>"
                   for n in range(paragraphs))
    return f"<html><body><article>{body}</article></body></html>".encode()


def yaml_bomb() -> bytes:
    levels = "".join(f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" for n in range(1, 12))
    return (f"---\nl0: &l0 [lol, lol]\n{levels}title: *l11\n---\n" + article(0)).encode()


def long_article(n: int, chars: int) -> str:
    """A long report made of the seeds' sentences, shuffled, numbered paragraph by paragraph."""
    rng = random.Random(n)
    sentences = [s.strip().rstrip(".") + "." for i in range(2) for s in _seed_body(i).replace("\n", " ").split(". ")
                 if len(s.split()) >= 6]
    paragraphs, size, number = [], 0, 0
    while size < chars:
        number += 1
        text = " ".join(rng.sample(sentences, 4)) + f" Item {number} was closed."
        paragraphs.append(text)
        size += len(text) + 2
    return "\n\n".join(paragraphs)


def pdf_pages(n: int, pages: int) -> bytes:
    # The PDF's built-in font has Latin-1 only.
    text = long_article(n, pages * 2500).translate(str.maketrans("–—‘’“”", "--''\"\""))
    return pdf_document(text.encode("latin-1", errors="replace").decode("latin-1").split("\n\n"))


def _bom(encoding: str) -> bytes:
    return {"utf-16-be": codecs.BOM_UTF16_BE, "utf-16-le": codecs.BOM_UTF16_LE,
            "utf-32-be": codecs.BOM_UTF32_BE, "utf-32-le": codecs.BOM_UTF32_LE}.get(encoding, b"")


def encoded(text: str, encoding: str) -> bytes:
    return _bom(encoding) + text.encode(encoding)


FURNITURE = ("Read more\n\nHome\n\nWorld\n\nPolitics\n\nSign up for our newsletter\n\nPrivacy policy\n\n"
             "Terms of use\n\nContact us\n\nShare this article\n\nAdvertisement\n\nMost read\n\nFollow us")


# --- the families ----------------------------------------------------------------------------

def _encodings() -> list[Case]:
    cases, n = [], 100
    texts = {"English": (lambda n: article(n), lambda n: unique_phrase(n)),
             "Russian": (lambda n: RUSSIAN.format(n=n), lambda n: f"экспертов через {n} дней"),
             "French": (lambda n: FRENCH.format(n=n), lambda n: f"dans {n} jours"),
             "curly quotes": (lambda n: SMART.format(n=n), lambda n: "“humanitarian track” would go on")}
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-16-le", "utf-32"):
        for language, (text, phrase) in texts.items():
            for ext in ("txt", "md"):
                n += 1
                cases.append(Case("encodings", f"{language} in {encoding} .{ext}", f"enc{n}.{ext}",
                                  lambda body=text(n), encoding=encoding: encoded(body, encoding), "stored",
                                  contains=phrase(n) if language != "curly quotes" else f"again in {n} days"))
    legacy = [("Russian", RUSSIAN, "cp1251", "через {n} дней"), ("Russian", RUSSIAN, "koi8-r", "через {n} дней"),
              ("French", FRENCH, "cp1252", "dans {n} jours"), ("French", FRENCH, "latin-1", "dans {n} jours"),
              ("German", GERMAN, "cp1252", "in {n} Tagen"), ("German", GERMAN, "latin-1", "in {n} Tagen"),
              ("curly quotes", SMART, "cp1252", "Russia’s envoy agreed to meet again in {n} days")]
    for language, text, encoding, phrase in legacy:
        for ext in ("txt", "md"):
            n += 1
            cases.append(Case("encodings", f"{language} in {encoding} .{ext}", f"enc{n}.{ext}",
                              lambda body=text.format(n=n), encoding=encoding: body.encode(encoding), "stored",
                              contains=phrase.format(n=n)))
    n += 1
    cases.append(Case("encodings", "UTF-8 English with a cp1251 passage", f"enc{n}.txt",
                      lambda n=n: SMART.format(n=n).encode() + b"\n\n" + RUSSIAN.format(n=n).encode("cp1251"),
                      "stored", contains=f"через {n} дней"))
    n += 1
    cases.append(Case("encodings", "UTF-8 Russian with a cp1251 passage", f"enc{n}.txt",
                      lambda n=n: RUSSIAN.format(n=n + 1000).encode() + b"\n\n" + RUSSIAN.format(n=n).encode("cp1251"),
                      "stored", contains=f"через {n + 1000} дней"))
    n += 1
    cases.append(Case("encodings", "UTF-8 with a cp1252 passage", f"enc{n}.md",
                      lambda n=n: SMART.format(n=n).encode() + b"\n\n" + FRENCH.format(n=n).encode("cp1252"),
                      "stored", contains=f"dans {n} jours"))
    n += 1
    cases.append(Case("encodings", "ASCII with bytes no encoding defines", f"enc{n}.txt",
                      lambda n=n: article(n).encode().replace(b"Geneva", b"Gen\x81va", 1), "stored",
                      contains=unique_phrase(n), flags=("decoding_damage",)))
    n += 1
    cases.append(Case("encodings", "UTF-8 with stray undefined bytes", f"enc{n}.md",
                      lambda n=n: SMART.format(n=n).encode() + "\n\nЗаявление делегации.".encode() + b" \x98\x81\x8d",
                      "stored", contains=f"again in {n} days", flags=("decoding_damage",)))
    n += 1
    cases.append(Case("encodings", "invalid UTF-8 inside an article", f"enc{n}.txt",
                      lambda n=n: article(n).encode() + b"\xff\xfe\xc3\x28 \xa0\xa1" + article(n)[:80].encode(),
                      "stored", contains=unique_phrase(n)))
    for charset, encoding in (("windows-1251", "cp1251"), ("koi8-r", "koi8-r"), ("utf-8", "utf-8"),
                              ("iso-8859-1", "latin-1")):
        n += 1
        text = FRENCH.format(n=n) if encoding == "latin-1" else RUSSIAN.format(n=n)
        phrase = f"dans {n} jours" if encoding == "latin-1" else f"через {n} дней"
        page = (f'<html><head><meta charset="{charset}"><title>Report</title></head>'
                f"<body><article>{html_paragraphs(text)}</article></body></html>")
        cases.append(Case("encodings", f"HTML declaring {charset}", f"enc{n}.html",
                          lambda page=page, encoding=encoding: page.encode(encoding), "stored", contains=phrase))
    cases += [
        Case("encodings", "UTF-16 without a byte order mark", "enc-nobom.txt",
             lambda: article(1).encode("utf-16-le"), "refused", "binary"),
        Case("encodings", "only invalid UTF-8: random high bytes", "enc-high.txt",
             lambda: _high_bytes(8192, 1), "refused", "no article text"),
        Case("encodings", "only invalid UTF-8: a pattern", "enc-pattern.txt",
             lambda: b"\xff\xfe\xc3\x28 \xa0\xa1" * 2000, "refused", "no article text|invalid utf-16"),
        Case("encodings", "only invalid UTF-8: broken sequences", "enc-broken.md",
             lambda: b"\xc3\x28\xe2\x28\xa1 " * 3000, "refused", "no article text"),
        Case("encodings", "UTF-16 mark on invalid UTF-16", "enc-badutf16.txt",
             lambda: codecs.BOM_UTF16_LE + b"\x00\xd8" * 100, "refused", "invalid utf-16"),
    ]
    return cases


NAMES = [
    "../../etc/passwd.txt", "..\\..\\drivers.txt", "C:\\Windows\\System32\\report.txt", "evil\x00.txt",
    "bell\x07\x1b[31mred.txt", "n" * 296 + ".txt", "report\u202etxt.exe.txt", "  spaces  .txt", ".hidden.txt",
    "-rf.txt", "new\nline.txt", "tab\tname.md", "dove 🕊️ talks.txt", "会谈.txt", unicodedata.normalize("NFD", "Genève.txt"),
    "%2e%2e%2fetc.txt", "file:report.txt", "CON.txt", "aux.md", "LOUD.TXT", "archive.tar.gz.txt", "double..txt",
    "<script>alert(1)</script>.md", "'; DROP TABLE articles;--.txt", "$(rm -rf ~).txt", "`id`.md", "%s%n%x.txt",
    "bytes-\udcff\udcfe.txt", "zero\u200bwidth.txt", "über-long-" + "ü" * 150 + ".txt",
]


def _names() -> list[Case]:
    cases = [Case("names", f"name {name!r}", name, lambda n=200 + i: article(n).encode(), "stored",
                  contains=unique_phrase(200 + i)) for i, name in enumerate(NAMES)]
    cases += [
        Case("names", "no extension", "README", lambda: article(250).encode(), "refused", "unsupported file type"),
        Case("names", "a trailing space after the extension", "report.txt ", lambda: article(251).encode(),
             "refused", "unsupported file type"),
        Case("names", "an executable", "setup.exe", lambda: b"MZ\x90\x00" + _junk(512, 9), "refused",
             "unsupported file type"),
        Case("names", "only an extension (a hidden file with none)", ".txt", lambda: article(252).encode(),
             "refused", "unsupported file type"),
    ]
    return cases


def _bombs() -> list[Case]:
    return [
        Case("bombs", "PDF decompression bomb (2 GB)", "bomb.pdf", pdf_bomb, "refused",
             "longer than|more than|out of memory|damaged|no article text"),
        Case("bombs", ".docx zip bomb (1 GB)", "bomb.docx", docx_zip_bomb, "refused", "zip bomb"),
        Case("bombs", ".docx whose sizes lie (300 MB)", "liar.docx", docx_lying_sizes, "refused",
             "damaged|longer than|more than|out of memory"),
        Case("bombs", ".docx with billion-laughs entities", "laughs.docx", docx_with_entities, "refused",
             "damaged|no article text"),
        Case("bombs", "HTML with billion-laughs entities", "laughs.html", html_laughs, "refused", "no article text"),
        Case("bombs", "YAML header of nested aliases", "aliases.md", yaml_bomb, "refused", "must be plain text"),
        Case("bombs", ".docx asking for /etc/passwd", "xxe.docx", lambda: docx_external_entity(300), "stored",
             contains=unique_phrase(300), absent="root:"),
        Case("bombs", "HTML asking for /etc/passwd", "xxe.html", lambda: html_external_entity(301), "stored",
             contains=unique_phrase(301), absent="root:"),
        Case("bombs", ".docx with 20,000 members", "members.docx", lambda: docx_many_members(302), "stored",
             contains=unique_phrase(302)),
        Case("bombs", "gzip bomb named .html", "gzip.html", lambda: gzip.compress(b"\0" * 50 * 2**20), "refused",
             "no article text|binary"),
        Case("bombs", "gzip bomb named .txt", "gzip.txt", lambda: gzip.compress(b"\0" * 50 * 2**20), "refused",
             "binary"),
    ]


def _broken() -> list[Case]:
    cases = []
    pdf, docx = pdf_document(article(333).split("\n\n")), docx_document(article(334).split("\n\n"))
    for number, share in enumerate((0.1, 0.3, 0.5, 0.7, 0.9)):
        cut = pdf_document(article(340 + number).split("\n\n"))
        cases.append(Case("broken", f"PDF cut at {share:.0%}", f"cut{int(share * 100)}.pdf",
                          lambda cut=cut, share=share: cut[:int(len(cut) * share)], "stored|refused",
                          "damaged|no article text", contains=unique_phrase(340 + number)))
        cases.append(Case("broken", f".docx cut at {share:.0%}", f"cut{int(share * 100)}.docx",
                          lambda share=share: docx[:int(len(docx) * share)], "refused", "not a .docx|damaged"))
    cases += [
        Case("broken", "PDF header only", "header.pdf", lambda: b"%PDF-1.7\n", "refused", "damaged|no article text"),
        Case("broken", "PDF of junk after the header", "junk-after.pdf", lambda: b"%PDF-1.7\n" + _junk(4096, 7),
             "refused", "damaged|no article text"),
        Case("broken", "PDF with a bad stream filter", "filter.pdf", lambda: _pdf_with_stream(b"x" * 100, "/NoSuch"),
             "refused", "damaged|no article text"),
        Case("broken", "PDF with a broken deflate stream", "deflate.pdf",
             lambda: _pdf_with_stream(zlib.compress(b"BT (Hello) Tj ET")[:-6]), "refused", "damaged|no article text"),
        Case("broken", "PDF without its trailer", "trailer.pdf", lambda: pdf[:pdf.rfind(b"trailer")],
             "stored|refused", "damaged|no article text", contains=unique_phrase(333)),
        Case("broken", "PDF whose page tree is its own child", "loop.pdf", pdf_kids_loop, "refused",
             "damaged|no article text|nested"),
        Case("broken", "encrypted PDF", "locked.pdf", encrypted_pdf, "refused", "encrypted"),
        Case("broken", "PDF with no text", "blank.pdf", pdf_blank, "refused", "no article text"),
        Case("broken", ".docx that is plain text", "text.docx", lambda: article(1).encode(), "refused", "not a .docx"),
        Case("broken", ".docx without document.xml", "nodoc.docx", lambda: docx_without("word/document.xml"),
             "refused", "damaged"),
        Case("broken", ".docx without content types", "notypes.docx", lambda: docx_without("[Content_Types].xml"),
             "refused", "damaged"),
        Case("broken", ".docx with a bad checksum", "crc.docx", docx_bad_crc, "refused", "damaged"),
        Case("broken", ".docx with an encrypted member", "enc.docx", docx_encrypted_member, "refused",
             "damaged|encrypted"),
        Case("broken", ".docx with broken XML", "xml.docx",
             lambda: _docx_replacing("word/document.xml", b"<w:document><w:body><w:p>"), "refused", "damaged"),
        Case("broken", ".docx with no paragraphs", "empty.docx",
             lambda: _docx_replacing("word/document.xml", _docx_body("")), "refused", "no article text"),
        Case("broken", "HTML cut in a tag", "cut.html",
             lambda: html_around(html_paragraphs(article(335)))[:-30], "stored|refused", "no article text",
             contains=PARAGRAPHS[0][:40]),
        Case("broken", "HTML with an unclosed comment", "comment.html",
             lambda: html_around("<!-- " + html_paragraphs(article(1))), "refused", "no article text"),
        Case("broken", "HTML of head only", "head.html", lambda: b"<html><head><title>Talks</title></head>",
             "refused", "no article text"),
        Case("broken", "HTML with NUL bytes", "nul.html",
             lambda: html_around(html_paragraphs(article(320))).replace(b"<p>", b"<p>\x00"), "stored",
             contains=unique_phrase(320)),
        Case("broken", "a PDF named .docx", "pdf.docx", lambda: pdf, "refused", "not a .docx"),
        Case("broken", "a .docx named .pdf", "docx.pdf", lambda: docx, "refused", "not a PDF"),
        Case("broken", "an HTML page named .pdf", "page.pdf", html_page, "refused", "not a PDF"),
        Case("broken", "a PNG named .txt", "image.txt", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _junk(2048, 3),
             "refused", "binary"),
        Case("broken", "an ELF binary named .md", "program.md", lambda: b"\x7fELF\x02\x01\x01\x00" + _junk(4096, 4),
             "refused", "binary"),
        Case("broken", "front matter never closed", "open.md",
             lambda: ("---\ntitle: Talks\n" + article(321)).encode(), "stored", contains=unique_phrase(321)),
        Case("broken", "front matter that is not YAML", "notyaml.txt",
             lambda: ("---\ntitle: [unclosed\n---\n" + article(322)).encode(), "refused", "malformed metadata header"),
        Case("broken", "a date that is not a date", "date.txt",
             lambda: ("---\npublished: yesterday\n---\n" + article(323)).encode(), "refused", "YYYY-MM-DD"),
    ]
    return cases


def _huge() -> list[Case]:
    sentence = b"Negotiators met again in Geneva and agreed to exchange prisoners. "
    return [
        Case("huge", "21 MB of text", "over.txt", lambda: sentence * (21 * 2**20 // len(sentence)), "refused",
             "limit is 20 MB"),
        Case("huge", "20 MB with no sentence end", "nostop.txt",
             lambda: (b"ceasefire talks " * (20 * 2**20 // 16))[:20 * 2**20 - 1], "refused",
             "characters after cleaning"),
        Case("huge", "19 MB of prose", "prose.txt", lambda: sentence * (19 * 2**20 // len(sentence)), "refused",
             "characters after cleaning"),
        Case("huge", "19 MB on one Markdown line", "line.md",
             lambda: (b"talks " * (19 * 2**20 // 6)), "refused", "characters after cleaning"),
        Case("huge", "19 MB of punctuation", "marks.txt", lambda: b"!?.,;:()[]<>" * (19 * 2**20 // 12), "refused",
             "no article text"),
        Case("huge", "19 MB of one mark", "mark.md", lambda: b">" * (19 * 2**20), "refused", "no article text"),
        Case("huge", "19 MB of a list marker", "dashes.md", lambda: b"- " * (19 * 2**20 // 2), "refused",
             "no article text|characters after cleaning"),
        Case("huge", "19 MB of share buttons", "social.txt", lambda: b"facebook | twitter | " * (19 * 2**20 // 21),
             "refused", "no article text|characters after cleaning"),
        Case("huge", "19 MB of underscores and dashes", "rule.txt", lambda: b"_-" * (19 * 2**20 // 2), "refused",
             "no article text"),
        Case("huge", "10 million newlines, then an article", "newlines.txt",
             lambda: b"\n" * 10_000_000 + article(400).encode(), "stored", contains=unique_phrase(400)),
        Case("huge", "a million one-letter lines", "letters.txt", lambda: b"a\n" * 1_000_000, "refused",
             "characters after cleaning|no article text"),
        Case("huge", "300,000 short paragraphs", "items.md",
             lambda: "\n\n".join(f"Item {i}." for i in range(300_000)).encode(), "refused",
             "characters after cleaning"),
        Case("huge", "a 200 KB word before an article", "token.txt",
             lambda: b"x" * 200_000 + b"\n\n" + article(401).encode(), "refused", "words or numbers"),
        Case("huge", "a 1 MB word before an article", "token.md",
             lambda: b"x" * 2**20 + b"\n\n" + article(401).encode(), "refused", "characters after cleaning"),
        Case("huge", "HTML: one 19 MB paragraph", "paragraph.html", one_paragraph_html, "refused",
             "no article text|characters after cleaning"),
        Case("huge", "HTML: 17 MB minified on one line", "minified.html", minified_html, "refused", "longer than"),
        Case("huge", "an article of 100,000 characters", "long.txt",
             lambda: long_article(402, 100_000).encode(), "stored", contains="Item 1 was closed."),
        Case("huge", "a PDF of 20 pages", "pages.pdf", lambda: pdf_pages(403, 20), "stored",
             contains="Item 1 was closed."),
        Case("huge", "a .docx of 2,000 paragraphs", "long.docx",
             lambda: docx_paragraphs(long_article(404, 150_000).split("\n\n")), "stored",
             contains="Item 1 was closed."),
    ]


def _nesting() -> list[Case]:
    body = article
    return [
        Case("nesting", "Markdown: 100,000 nested quotes on one line", "quotes.md",
             lambda: b">" * 100_000 + b" " + body(500).encode(), "stored", contains=unique_phrase(500)),
        Case("nesting", "Markdown: 1,000-deep quotes on every line", "quotes-lines.md",
             lambda: "\n\n".join("> " * 1000 + p for p in body(501).split("\n\n")).encode(), "stored",
             contains=unique_phrase(501)),
        Case("nesting", "Markdown: a 100,000-deep list", "list.md",
             lambda: ("- " * 100_000 + "item\n\n" + body(502)).encode(), "refused", "words or numbers"),
        Case("nesting", "Markdown: 100,000 open brackets", "brackets.md",
             lambda: ("[" * 100_000 + "\n\n" + body(503)).encode(), "stored", contains=unique_phrase(503)),
        Case("nesting", "Markdown: 50,000 half links", "links.md",
             lambda: ("[a](" * 50_000 + "\n\n" + body(504)).encode(), "refused", "words or numbers"),
        Case("nesting", "Markdown: 100,000 asterisks", "stars.md",
             lambda: ("*" * 100_000 + " " + body(505)).encode(), "stored", contains=unique_phrase(505)),
        Case("nesting", "Markdown: a heading of 100,000 #", "hashes.md",
             lambda: ("#" * 100_000 + " Talks\n\n" + body(506)).encode(), "stored", contains=unique_phrase(506)),
        Case("nesting", "Markdown: 5,000 code fences", "fences.md",
             lambda: ("```\n" * 5000 + body(507)).encode(), "refused", "words or numbers"),
        Case("nesting", "Markdown: nested emphasis", "emphasis.md",
             lambda: ("**__" * 50_000 + body(508) + "__**" * 50_000).encode(), "stored", contains=unique_phrase(508)),
        Case("nesting", "text: 100,000 open parentheses", "parens.txt",
             lambda: ("(" * 100_000 + body(509)).encode(), "stored", contains=unique_phrase(509)),
        Case("nesting", "text: 5,000-deep e-mail quotes", "email.txt",
             lambda: "\n".join("> " * 5000 + p for p in body(510).split("\n\n")).encode(), "refused",
             "words or numbers"),
        Case("nesting", "text: 100,000 braces", "braces.txt",
             lambda: ("{" * 100_000 + "\n\n" + body(511) + "}" * 100_000).encode(), "stored",
             contains=unique_phrase(511)),
        Case("nesting", "YAML header nested 100,000 deep", "yaml.md",
             lambda: ("---\ntitle: " + "[" * 100_000 + "]" * 100_000 + "\n---\n" + body(512)).encode(), "refused",
             "metadata header"),
        Case("nesting", "HTML nested a million deep", "deep.html", deep_html, "refused", "no article text"),
        Case("nesting", "HTML: 5,000 nested tables", "tables.html",
             lambda: html_around("<table><tr><td>" * 5000 + html_paragraphs(body(513)) + "</td></tr></table>" * 5000),
             "stored|refused", "no article text", contains=unique_phrase(513)),
        Case("nesting", "HTML: 100,000 unclosed <b>", "bold.html",
             lambda: html_around("<b>" * 100_000 + html_paragraphs(body(514))), "stored|refused", "no article text",
             contains=unique_phrase(514)),
        Case("nesting", "HTML: 100,000 nested quotes", "q.html",
             lambda: html_around("<q>" * 100_000 + html_paragraphs(body(515)) + "</q>" * 100_000), "stored|refused",
             "no article text", contains=unique_phrase(515)),
        Case("nesting", "HTML: 100,000 comment openers", "comments.html",
             lambda: html_around("<!--" * 100_000 + html_paragraphs(body(516))), "refused", "no article text"),
        Case("nesting", ".docx: tables 300 deep", "tables.docx", docx_nested_tables, "stored|refused",
             "damaged|no article text", contains=unique_phrase(520)),
        Case("nesting", ".docx: 100,000 nested runs", "runs.docx", docx_deep_elements, "refused",
             "damaged|no article text"),
        Case("nesting", "PDF: arrays 100,000 deep", "arrays.pdf", pdf_nested_arrays, "refused",
             "damaged|no article text|nested"),
        Case("nesting", "PDF: a page tree 5,000 deep", "tree.pdf", pdf_deep_page_tree, "refused",
             "damaged|no article text|nested"),
    ]


def _garbage() -> list[Case]:
    cases = [Case("garbage", f"random bytes as .{ext}", f"junk.{ext}",
                  lambda ext=ext: _junk(64 * 1024, sum(map(ord, ext))), "refused",
                  "binary|not a PDF|not a .docx|no article text")
             for ext in ("txt", "md", "html", "htm", "pdf", "docx", "text", "markdown")]
    js = "function a(b){return b&&b.c?b.c(d):e}var f=[1,2,3].map(function(x){return x*2});" * 400
    csv = "\n".join(",".join(str(random.Random(r).randrange(10**6)) for _ in range(8)) for r in range(2000))
    cases += [
        Case("garbage", "empty file", "empty.txt", lambda: b"", "refused", "empty"),
        Case("garbage", "white space only", "blank.md", lambda: b" \n\t\r\n  \n", "refused", "empty"),
        Case("garbage", "no-break spaces only", "nbsp.txt", lambda: "\u00a0 \u2003\n" .encode() * 500, "refused",
             "no article text"),
        Case("garbage", "zero-width characters only", "zw.txt", lambda: "\u200b\u200c\u200d\ufeff".encode() * 500,
             "refused", "no article text"),
        Case("garbage", "page furniture only (.txt)", "furniture.txt", FURNITURE.encode, "refused", "no article text"),
        Case("garbage", "page furniture only (.md)", "furniture.md",
             lambda: ("# Menu\n\n" + FURNITURE.replace("\n\n", "\n\n- ")).encode(), "refused", "no article text"),
        Case("garbage", "page furniture only (HTML)", "furniture.html",
             lambda: ("<html><body><nav>" + "".join(f"<a href='/{i}'>{line}</a>" for i, line in
                                                    enumerate(FURNITURE.split("\n\n")))
                      + "</nav><footer>© 2025 Example</footer></body></html>").encode(), "refused", "no article text"),
        Case("garbage", "page furniture only (.docx)", "furniture.docx",
             lambda: docx_paragraphs(FURNITURE.split("\n\n")), "refused", "no article text"),
        Case("garbage", "page furniture only (PDF)", "furniture.pdf",
             lambda: pdf_document(FURNITURE.split("\n\n")), "refused", "no article text"),
        Case("garbage", "symbols only", "symbols.txt", lambda: "§ ¶ † ‡ • ◊ ※ ⁂ ☞ ✓ ∞ ≠ ".encode() * 300,
             "refused", "no article text"),
        Case("garbage", "numbers only", "numbers.txt",
             lambda: " ".join(str(i * 7919 % 100_000) for i in range(5000)).encode(), "refused", "no article text"),
        Case("garbage", "emoji only", "emoji.md", lambda: "🕊️ 🤝 🇺🇦 🇷🇺 🔥 ".encode() * 500, "refused",
             "no article text"),
        Case("garbage", "a base64 blob", "blob.txt",
             lambda: __import__("base64").b64encode(_junk(30_000, 5)), "refused", "no article text"),
        Case("garbage", "base64 in lines", "blob-lines.txt",
             lambda: __import__("base64").encodebytes(_junk(30_000, 6)), "refused", "no article text"),
        Case("garbage", "minified JavaScript", "script.txt", js.encode, "refused", "no article text"),
        Case("garbage", "a CSV of numbers", "table.txt", csv.encode, "refused", "no article text"),
        Case("garbage", "a JSON dump", "dump.txt",
             lambda: __import__("json").dumps([{"id": i, "v": [i, i * 2]} for i in range(3000)]).encode(),
             "refused", "no article text"),
        Case("garbage", "a hex dump", "hex.txt", lambda: _junk(20_000, 8).hex(" ", 2).encode(), "refused",
             "no article text"),
        Case("garbage", "words with no sentence", "words.txt",
             lambda: " ".join(random.Random(2).choice(["talks", "truce", "envoy", "swap"]) for _ in range(5000)).encode(),
             "refused", "no article text"),
        Case("garbage", "one sentence over and over", "again.txt",
             lambda: b"Both sides agreed to meet again. " * 2000, "refused", "over and over"),
        Case("garbage", "a paragraph over and over", "again.md", lambda: ("\n\n".join(PARAGRAPHS * 400)).encode(),
             "refused", "over and over"),
        Case("garbage", "too short to be an article", "short.txt", lambda: b"Talks resumed today.", "refused",
             "no article text"),
        Case("garbage", "HTML of scripts only", "scripts.html",
             lambda: f"<html><body><script>{js}</script><style>p{{color:red}}</style></body></html>".encode(),
             "refused", "no article text"),
        Case("garbage", "HTML with text only in attributes", "attributes.html",
             lambda: ("<html><body>" + "".join(f"<img alt='{p}' title='{p}'>" for p in PARAGRAPHS)
                      + "</body></html>").encode(), "refused", "no article text"),
        Case("garbage", "mojibake of binary as Cyrillic", "cyrillic-noise.txt",
             lambda: _high_bytes(20_000, 4).replace(b"\x98", b"") , "refused", "no article text"),
    ]
    return cases


def _duplicates() -> list[Case]:
    seed, body = _seed_text(0), _seed_body(1)
    variants = [
        ("a seed renamed .md", "seed.md", lambda: seed.encode()),
        ("a seed with Windows line ends", "crlf.txt", lambda: seed.replace("\n", "\r\n").encode()),
        ("a seed with a byte order mark", "bom.txt", lambda: codecs.BOM_UTF8 + seed.encode()),
        ("a seed in UTF-16", "utf16.txt", lambda: seed.encode("utf-16")),
        ("a seed in cp1252", "cp1252.txt", lambda: seed.encode("cp1252", errors="strict")),
        ("a seed with trailing spaces", "spaces.txt", lambda: "\n".join(l + "   " for l in seed.split("\n")).encode()),
        ("a seed in capitals", "caps.txt", lambda: body.upper().encode()),
        ("a seed decomposed (NFD)", "nfd.txt", lambda: unicodedata.normalize("NFD", seed).encode()),
        ("a seed with zero-width spaces", "zw.txt", lambda: seed.replace(" the ", " the\u200b ").encode()),
        ("a seed with soft hyphens", "shy.txt", lambda: seed.replace("negotiat", "negoti\u00adat").encode()),
        ("a seed with straight quotes", "quotes.txt",
         lambda: seed.translate(str.maketrans("‘’“”", "''\"\"")).encode()),
        ("a seed with an ad line added", "ad.txt", lambda: body.replace("\n\n", "\n\nAdvertisement\n\n", 1).encode()),
        ("a seed with another header", "header.txt", lambda: ("---\ntitle: Another title\n---\n" + body).encode()),
        ("a seed as an HTML page", "seed.html",
         lambda: html_around("".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip()))),
        ("a seed as a .docx", "seed.docx", lambda: docx_paragraphs([p for p in body.split("\n\n") if p.strip()])),
    ]
    return [Case("duplicates", label, name, make, "duplicate") for label, name, make in variants]


CASES: list[Case] = [*_encodings(), *_names(), *_bombs(), *_broken(), *_huge(), *_nesting(), *_garbage(),
                     *_duplicates()]
FAMILIES = sorted({case.family for case in CASES})
