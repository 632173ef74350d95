"""How the search app reads text: words, folded words, and highlighted snippets.

Both engines and the highlighter split text the same way (Unicode word characters, NFC,
lower case) and fold it with news.vietnamese.fold_vietnamese, so "dat dai" matches
"Đất đai" alike in Elasticsearch, in the database engine and in the <mark>s a reader sees.
"""

import functools
import re
import unicodedata

from django.utils.html import escape

from news.vietnamese import fold_vietnamese

WORD = re.compile(r"\w+")
SNIPPET_CHARS = 240


def nfc(text):
    """Vietnamese typed with combining tone marks, composed: one character per letter."""
    return unicodedata.normalize("NFC", text or "")


def normalize(text):
    """NFC and lower case: Vietnamese typed with combining tone marks becomes one character per letter."""
    return unicodedata.normalize("NFC", text or "").lower()


def words(text):
    """The words of a text, normalized: "Đất đai, 2024" → ["đất", "đai", "2024"]."""
    return WORD.findall(normalize(text))


# Words repeat endlessly (Vietnamese has a few thousand syllables): fold each one once.
fold_word = functools.lru_cache(maxsize=100_000)(fold_vietnamese)


def fold_words(tokens):
    return [fold_word(token) for token in tokens]


def folded_text(text):
    """The text's words folded and joined by spaces: what the `*_folded` fields hold."""
    return " ".join(fold_words(words(text)))


def padded(tokens):
    """Words joined by single spaces with a space at each end, so ' dat ' matches whole words only."""
    return f" {' '.join(tokens)} " if tokens else " "


class Highlighter:
    """Marks the query's words (and phrases) in a text, comparing folded words.

    The output is HTML: the text escaped, matches wrapped in <mark>, nothing else.
    """

    def __init__(self, terms, phrases):
        self.terms = set(fold_words(terms))
        self.phrases = [fold_words(phrase) for phrase in phrases if phrase]
        self.terms.update(word for phrase in self.phrases if len(phrase) == 1 for word in phrase)
        self.phrases = [phrase for phrase in self.phrases if len(phrase) > 1]

    def __bool__(self):
        return bool(self.terms or self.phrases)

    def spans(self, text):
        """(start, end) of every matching word or phrase in the text, in order, not overlapping."""
        tokens = [(m.start(), m.end(), fold_word(normalize(m.group()))) for m in WORD.finditer(text)]
        marked = [False] * len(tokens)
        for index, (_, _, folded) in enumerate(tokens):
            if folded in self.terms:
                marked[index] = True
        spans = []
        for phrase in self.phrases:
            size = len(phrase)
            for index in range(len(tokens) - size + 1):
                if all(tokens[index + k][2] == phrase[k] for k in range(size)):
                    spans.append((tokens[index][0], tokens[index + size - 1][1]))
                    for k in range(size):
                        marked[index + k] = False
        spans.extend((start, end) for (start, end, _), mark in zip(tokens, marked, strict=True) if mark)
        spans.sort()
        merged = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def mark(self, text, spans=None):
        """The whole text as HTML with its matches marked."""
        spans = self.spans(text) if spans is None else spans
        out, position = [], 0
        for start, end in spans:
            out.append(escape(text[position:start]))
            out.append(f"<mark>{escape(text[start:end])}</mark>")
            position = end
        out.append(escape(text[position:]))
        return "".join(out)

    def snippet(self, text, length=SNIPPET_CHARS):
        """The passage of about `length` characters with the most matches, marked; "" when none match."""
        spans = self.spans(text)
        if not spans:
            return ""
        best_start, best_score = spans[0][0], -1
        for start, _ in spans:
            score = sum(1 for s, e in spans if start <= s and e <= start + length)
            if score > best_score:
                best_start, best_score = start, score
        window_start = max(0, best_start - length // 4)
        if window_start:
            space = text.rfind(" ", 0, window_start + 1)
            window_start = space + 1 if space >= 0 else window_start
        window_end = min(len(text), window_start + length)
        if window_end < len(text):
            space = text.rfind(" ", window_start, window_end)
            window_end = space if space > window_start else window_end
        inside = [(s - window_start, e - window_start) for s, e in spans if s >= window_start and e <= window_end]
        html = self.mark(text[window_start:window_end], inside)
        return ("…" if window_start else "") + html + ("…" if window_end < len(text) else "")
