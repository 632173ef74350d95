"""How the search app reads text: words, folded words, and highlighted snippets.

Both engines and the highlighter split text the same way (Unicode word characters, NFC,
lower case) and fold it with news.vietnamese.fold_vietnamese, so "dat dai" matches
"Đất đai" alike in Elasticsearch, in the database engine and in the <mark>s a reader sees.
"""

import copy
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

    Words typed one after another that stand together in a text are marked together, as a
    phrase ("cai cach" marks "cải cách"). A word found in such a phrase anywhere in a result
    is not marked where it stands alone in that result (`within()`): otherwise "cai cach"
    would mark "Cai" in "Lào Cai" in nearly every page of a portal for Lào Cai province,
    and "dat dai" the "đại" of "đại diện".

    The output is HTML: the text escaped, matches wrapped in <mark>, nothing else.
    """

    def __init__(self, terms, phrases):
        self.sequence = tuple(dict.fromkeys(fold_words(terms)))
        self.terms = set(self.sequence)
        self.phrases = [fold_words(phrase) for phrase in phrases if phrase]
        self.terms.update(word for phrase in self.phrases if len(phrase) == 1 for word in phrase)
        self.phrases = [phrase for phrase in self.phrases if len(phrase) > 1]
        self.lone = self.terms

    def __bool__(self):
        return bool(self.terms or self.phrases)

    def within(self, *texts):
        """This highlighter for one result made of `texts` (title, summary, body): the words
        that stand together somewhere in it are marked only where they stand together."""
        together = set()
        for text in texts:
            tokens = folded_tokens(text)
            for start, end in self.runs(tokens):
                together.update(token[2] for token in tokens[start:end])
        narrowed = copy.copy(self)
        narrowed.lone = self.terms - together
        return narrowed

    def runs(self, tokens):
        """(first, past-last) token indexes of every run of two or more query words typed one after
        another that stand in the same order in the text, longest first from the left."""
        if len(self.sequence) < 2:
            return []
        position = {word: index for index, word in enumerate(self.sequence)}
        found, past = [], 0
        # Only where a query word stands can a run begin: most of a text is other words.
        for index in [index for index, token in enumerate(tokens) if token[2] in position]:
            if index < past:  # inside the run found before
                continue
            start, size = position[tokens[index][2]], 1
            while (
                index + size < len(tokens)
                and start + size < len(self.sequence)
                and tokens[index + size][2] == self.sequence[start + size]
            ):
                size += 1
            if size >= 2:
                found.append((index, index + size))
                past = index + size
        return found

    def spans(self, text):
        """(start, end) of every matching word or phrase in the text, in order, not overlapping."""
        tokens = folded_tokens(text)
        marked = [folded in self.lone for _, _, folded in tokens]
        spans = []
        together = [(index, index + len(phrase)) for phrase in self.phrases for index in occurrences(tokens, phrase)]
        for first, past in together + self.runs(tokens):
            spans.append((tokens[first][0], tokens[past - 1][1]))
            marked[first:past] = [False] * (past - first)
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


@functools.lru_cache(maxsize=256)  # a result's texts are read twice (within(), then spans()); never mutated
def folded_tokens(text):
    """(start, end, folded word) of each word of a text."""
    matches = WORD.finditer(text or "")
    return tuple((match.start(), match.end(), fold_word(normalize(match.group()))) for match in matches)


def occurrences(tokens, phrase):
    """The token indexes where the folded words of `phrase` stand one after another."""
    size = len(phrase)
    return [
        index for index in range(len(tokens) - size + 1) if all(tokens[index + k][2] == phrase[k] for k in range(size))
    ]
