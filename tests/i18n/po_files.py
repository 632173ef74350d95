"""A small reader for gettext .po files, enough to compare Wagtail's English catalogues with ours.

It reads what msgfmt writes and what Wagtail and Django ship: comments, flags, msgctxt, msgid,
msgid_plural, msgstr and msgstr[n], each possibly continued on following quoted lines. Obsolete
entries (`#~`) are skipped, as gettext itself skips them.
"""

import ast
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Message:
    """One entry of a catalogue; `translations` holds msgstr, or msgstr[0], msgstr[1]… in order."""

    msgid: str
    context: str | None = None
    msgid_plural: str | None = None
    translations: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)

    @property
    def key(self):
        """How gettext's compiled catalogue names the message: "context\\x04msgid" or msgid."""
        return f"{self.context}\x04{self.msgid}" if self.context is not None else self.msgid

    @property
    def is_translated(self):
        """Translated as gettext would use it: not fuzzy, and no form left empty."""
        return "fuzzy" not in self.flags and bool(self.translations) and all(self.translations)

    def compiled(self):
        """The entries msgfmt writes for this message into a .mo, as Python's gettext reads them."""
        if self.msgid_plural is None:
            return {self.key: self.translations[0]}
        return {(self.key, index): text for index, text in enumerate(self.translations)}


def read_po(path: Path) -> list[Message]:
    """The messages of a .po file, header (empty msgid) excluded."""
    messages = []
    fields: dict[str, str] = {}
    flags: set[str] = set()
    current = None

    def finish():
        nonlocal fields, flags
        if "msgid" in fields and fields["msgid"]:
            forms = sorted((k for k in fields if k.startswith("msgstr[")), key=lambda k: int(k[7:-1]))
            messages.append(
                Message(
                    msgid=fields["msgid"],
                    context=fields.get("msgctxt"),
                    msgid_plural=fields.get("msgid_plural"),
                    translations=[fields[k] for k in forms] if forms else [fields.get("msgstr", "")],
                    flags=flags,
                )
            )
        fields, flags = {}, set()

    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#~"):
            continue
        if line.startswith("#"):
            # A comment after a complete entry starts the next one.
            if "msgid" in fields:
                finish()
            if line.startswith("#,"):
                flags |= {flag.strip() for flag in line[2:].split(",")}
            continue
        if line.startswith('"'):
            fields[current] += ast.literal_eval(line)
            continue
        keyword, _, value = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and "msgid" in fields:
            finish()
        current = keyword
        fields[current] = ast.literal_eval(value)
    finish()
    return messages
