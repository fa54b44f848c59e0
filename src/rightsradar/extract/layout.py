"""How a report arrives against how the components read it.

Reports reach a desk hard-wrapped (copied from PDF, e-mail, plain-text bulletins), with
words broken at line ends, no-break spaces, runs of spaces, without a title field, with a
title in capitals or with the outlet's name in the title ("… – Kashmir Reader").
``read_as_typed`` gives the text the components read. Most changes are one character for
one; where characters go (a broken word's hyphen and line break, a run of spaces, the
outlet's name), ``Typed.source`` maps every offset back to the text as written, so
evidence points into the text as stored.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Set
from dataclasses import dataclass
from urllib.parse import urlsplit

from .base import ABBREVIATION

# Spaces other than " " (no-break spaces from HTML's &nbsp; and French typography, thin and
# em spaces) and line ends other than "\n" (Windows' "\r\n", old Mac "\r", Unicode line and
# paragraph separators), each one character for one so offsets hold: the lexicons and the
# name and place finders read " " and "\n".
_SPACES = str.maketrans(
    dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                  "\u200a\u202f\u205f\u3000", " ")
    | dict.fromkeys("\u2028\u2029\u0085\r", "\n")
)  # fmt: skip


_CRLF_RUN = re.compile(r"(?:\r\n)+")


def plain_spacing(text: str) -> str:
    """``text`` with every space as " " and every line end as "\\n"; same length (a run of
    k "\\r\\n" becomes k "\\n" then k spaces, so a blank line stays "\\n\\n")."""
    if "\r\n" in text:
        text = _CRLF_RUN.sub(
            lambda m: "\n" * (len(m.group()) // 2) + " " * (len(m.group()) // 2), text
        )
    return text.translate(_SPACES)


# Hard-wrapped text (reports copied from PDF, e-mail and plain-text bulletins) breaks its
# lines inside sentences and names ("the journalist Juan\nPérez was"), and a line break
# ends a sentence. ``unwrap`` turns such breaks into spaces. A line keeps its break when it
# ends a sentence, or the next line is a list item or a "Field:" line.
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_SENTENCE_END = re.compile(r"""[.!?]["'”’»)]*$""")
_ITEM_OR_FIELD = re.compile(
    r"\s*(?:[-*•–—·▪]|(?:\d{1,2}|\(?[ivx]{1,4})[.)]\s|\(\d\)\s|\(?[a-z]\)\s"
    r"|[A-ZÀ-Ý][\w ()/'-]{0,29}\s?:(?:\s|$))"
)
_FIRST_WORD = re.compile(r"\S+")
# A wrapped text: at least this many broken lines, no wider than this, most of them nearly
# full (a wrapper fills every line it breaks but the last of a paragraph), and no more than
# one other line wider than they are.
_MIN_WRAPPED, _MAX_WIDTH, _FULL = 2, 200, 0.7


def unwrap(text: str) -> str:
    """``text`` with the line breaks that only wrap a paragraph turned into spaces.

    A break is a wrap when the next line starts in lower case, or when the text is
    hard-wrapped (its broken lines nearly all as wide as the widest, none of its paragraphs
    on one long line), the line does not end a sentence and the next line's first word
    would not have fitted on it. Each ``\\n`` (and a ``\\r`` before it) becomes one space,
    so the text keeps its length and every offset into it holds. Of a word broken at a
    line end ("kid-\\nnapped") the hyphen and the break are marked ``DROP`` for
    ``squeeze`` (``_join_broken_word``).
    """
    if "\n" not in text:
        return text
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group()]
    # (start, line without its break, next line) of each line of prose followed by another
    # in the same paragraph: list items and "Field:" lines keep their breaks.
    inner = [
        (s, body.rstrip("\r\n"), nxt.lstrip("\r"))
        for (s, body), (_, nxt) in zip(lines, lines[1:], strict=False)
        if body.strip()
        and nxt.strip()
        and (_BROKEN_WORD.search(body) or not _ITEM_OR_FIELD.match(nxt))
    ]
    if not inner:
        return text
    widths = sorted(len(body.rstrip()) for _, body, _ in inner)
    width = widths[-1]
    # Lines wider than the wrap width, but the first (a title is seldom wrapped).
    wider = sum(len(body.rstrip()) > width + 2 for _, body in lines[1:])
    wrapped = (
        len(inner) >= _MIN_WRAPPED
        and width <= _MAX_WIDTH
        and widths[len(widths) // 2] >= _FULL * width
        and wider <= 1
    )
    out = list(text)
    low: str | None = None  # text.lower(), once a broken word asks for it
    for start, body, nxt in inner:
        line = body.rstrip()
        word = _FIRST_WORD.match(nxt.lstrip())
        if word is None:
            continue
        if _BROKEN_WORD.search(line) and word.group()[0].isalpha():
            low = low if low is not None else text.lower()
            _join_broken_word(out, text, low, start + len(line) - 1)
        elif word.group()[0].islower() or (
            wrapped
            and (not _SENTENCE_END.search(line) or ABBREVIATION.search(line[-6:]))
            and len(line) + 1 + len(word.group()) > width - 2
        ):
            for k in range(start + len(body), start + len(body) + 2):
                if out[k] in "\r\n":
                    out[k] = " "
    return "".join(out)


# A line that ends inside a word: a letter or digit, then a hyphen (typeset text, PDFs,
# e-mails wrapped by hand: "kid-\nnapped", "Jean-\nPierre", "foi-\nlhe", "19-\nyear-old").
_BROKEN_WORD = re.compile(r"[^\W_][-\u2010]$")
_LETTERS_BEFORE = re.compile(r"[^\W_]+$")
_LETTERS = re.compile(r"[^\W\d_]+")
# Parts that make a compound with the word they are hyphened to, which a break at a line
# end must keep: Romance clitics ("disse-lhe", "lui-même", "a-t-il"), the words that end
# weekdays and common compounds ("segunda-feira", "après-midi", "porte-parole",
# "maus-tratos", "state-owned", "red-tagged", "pre-trial"), numbers ("twenty-five",
# "vingt-deux"), and a few first parts that open nothing but compounds ("self-", "ill-").
# Syllable fragments of a hyphenated word are seldom any of these; the text itself decides
# the rest (``_join_broken_word``). Our own list: no hyphenation dictionary of the four
# languages ships in a registry package small enough to be worth it here.
_SECOND_PARTS = frozenset((
    "se", "lhe", "lhes", "o", "a", "os", "as", "me", "te", "même", "mêmes", "ci", "là",
    "il", "ils", "elle", "elles", "on", "t", "je", "moi", "toi", "feira", "feiras", "midi",
    "parole", "paroles", "lieu", "lieux", "voz", "vozes", "tratos", "tratamento", "terra",
    "être", "dire", "old", "olds", "year", "years", "based", "owned", "run", "led",
    "backed", "born", "language", "time", "times", "trial", "treatment", "tagged",
    "tagging", "tag", "term", "wing", "scale", "called", "affected", "funded", "linked",
    "related", "aligned", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix",
))  # fmt: skip
_FIRST_PARTS = frozenset((
    "self", "ill", "well", "vice", "half", "maus", "porte", "après", "peut", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "vingt", "trente",
    "quarante", "cinquante", "soixante", "quatre", "dix",
))  # fmt: skip


def _join_broken_word(out: list[str], text: str, low: str, hyphen: int) -> None:
    """Mark for ``squeeze`` to drop (``DROP``) the hyphen ``text[hyphen]`` of a word
    broken at a line end and the break and indentation after it (``low``: the text in
    lower case).

    PDF and typeset text breaks a word where its syllables part and a compound where its
    hyphen stands; a name's parts are capitalised. The hyphen goes where the second part
    is lower case and does not read as a word of its own beside the first: "kidnapped".
    It stays where the text writes the compound elsewhere, where the second part is
    capitalised ("Jean-Pierre"), the first ends in a digit ("19-year-old"), a part is
    one of ``_SECOND_PARTS`` or ``_FIRST_PARTS``, or where both parts are words the text
    uses on their own ("human-rights"); then only the break and indentation go.
    """
    left = _LETTERS_BEFORE.search(text, 0, hyphen)
    right = _LETTERS.search(text, hyphen + 1)
    if left is None or right is None or text[hyphen + 1 : right.start()].strip():
        return
    a, b = left.group().lower(), right.group().lower()
    if (
        not right.group()[0].islower()
        or a[-1].isdigit()
        or b in _SECOND_PARTS
        or a in _FIRST_PARTS
        or f"{a}-{b}" in low
    ):
        keep = True
    elif f"{a}{b}" in low or min(len(a), len(b)) < 3:
        keep = False
    else:  # both parts words of their own elsewhere in the text
        rest = f"{low[: left.start()]} {low[right.end() :]}"
        keep = all(re.search(rf"\b{re.escape(w)}\b", rest) for w in (a, b))
    for k in range(hyphen + (1 if keep else 0), right.start()):
        out[k] = DROP


# A report without a title field (a CSV export, a partner's e-mail) often opens with its
# headline on a line of its own: three words or more, no full stop, comma, colon or dash
# at its end (those end a dateline or a first sentence).
_OPENING_LINE = re.compile(r"[ \t]*([^\n]{10,200})\n")


def headline_end(text: str) -> int:
    """End offset of the headline ``text`` opens with on a line of its own, else 0."""
    m = _OPENING_LINE.match(text)
    if m is None:
        return 0
    line = m.group(1).rstrip()
    if len(line.split()) < 3 or line[-1] in ".,;:-–—":
        return 0
    return m.start(1) + len(line)


# A word, hyphens and apostrophes inside it ("são-tomense", "Port-au-Prince", "q'eqchi").
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.U)


def truecase_title(text: str, title_end: int) -> str:
    """``text`` with an all-capitals title (many feeds shout their headlines) in the case
    its words have in the body: a word the body never writes in lower case (a name, a
    place, an acronym) is written as there, the title's first word is capitalised and any
    other is lowered. Same length; other titles are left as they are.

    The names, places and lexicons read capitals as the mark of a name; in
    "PERIODISTA DETENIDO EN MALABO" every word looks like one. The body is the truecaser:
    it writes the same words in running text (a frequency list of the language would
    not know the article's own names).
    """
    title = text[:title_end]
    cased = [c for c in title if c.isalpha() and c.lower() != c.upper()]
    if len(cased) < 8 or sum(c.isupper() for c in cased) < 0.9 * len(cased):
        return text
    body = text[title_end:]
    words = _WORD.findall(body)
    lower = {w for w in words if w.islower()}
    # How the body writes a word it never writes in lower case: "Malabo", "DSS", "McKay".
    written = {w.lower(): w for w in words if w[:1].isupper() and w.lower() not in lower}
    out = []
    pos = 0
    for k, m in enumerate(_WORD.finditer(title)):
        word = m.group()
        low = word.lower()
        new = written.get(low) or (word[:1] + low[1:] if k == 0 else low)
        out.append(title[pos : m.start()])
        out.append(new if len(new) == len(word) else word)
        pos = m.end()
    out.append(title[pos:])
    return "".join(out) + body


# A web page's title carries its outlet's name after (or before) the headline: "Journalist
# detained in Srinagar – Kashmir Reader", "RSF condemns arrest | The Guardian Nigeria News -
# Nigeria and World News", "LankaWeb – Strikes". Read as part of the headline, the name is
# taken for a victim or a place ("Mission City Record"). Only a name the article's source
# or URL gives is blanked: without them "– Nigerian Police" or "— And Still Get Arrested"
# cannot be told from an outlet.
_TITLE_SEPARATOR = re.compile(r"\s+[-–—|•·]\s+")
# Labels of a host that name no outlet: its kind ("co.uk", "com.br") and its service.
_HOST_NOISE = {"www", "m", "amp", "mobile", "news", "co", "com", "org", "net", "gov", "edu", "ac"}


def _outlet_key(name: str) -> str:
    key = re.sub(r"[\W_]+", "", name.casefold())
    return key[3:] if key.startswith("the") else key


def outlet_keys(source: str | None, url: str | None) -> set[str]:
    """The outlet names an article's source and URL give, as ``_outlet_key`` writes them:
    the source's, and the host's name ("kashmirreader" of www.kashmirreader.com)."""
    keys = {_outlet_key(source)} if source else set()
    if url:
        labels = (urlsplit(url).hostname or "").split(".")[:-1]  # without the top level
        labels = [label for label in labels if label not in _HOST_NOISE]
        if labels:
            keys.add(_outlet_key(labels[-1]))
    return {k for k in keys if len(k) >= 4}


def _names_outlet(part: str, keys: Set[str]) -> bool:
    """Whether ``part`` of a title is the outlet: it starts with an outlet's name ("The
    Guardian Nigeria News - …" for guardian.ng), or is most of one ("Premium Times" for
    premiumtimesng.com; not "Nigeria" for "Nigeria News")."""
    seg = _outlet_key(part)
    return len(seg) >= 4 and any(
        seg.startswith(k) or (k.startswith(seg) and len(seg) >= 0.75 * len(k)) for k in keys
    )


def outlet_in_title(text: str, title_end: int, keys: Set[str]) -> tuple[int, int] | None:
    """The span of ``text[:title_end]`` (separator included) that names the outlet, at its
    end or its start, when two words or more of headline remain; else None."""
    if not keys or not title_end:
        return None
    title = text[:title_end]
    cuts = list(_TITLE_SEPARATOR.finditer(title))
    for cut in cuts:  # the earliest cut whose tail names the outlet: the longest tail
        if len(title[: cut.start()].split()) >= 2 and _names_outlet(title[cut.end() :], keys):
            return cut.start(), title_end
    if (
        cuts
        and _names_outlet(title[: cuts[0].start()], keys)
        and len(title[cuts[0].end() :].split()) >= 2
    ):
        return 0, cuts[0].end()
    return None


# A character ``unwrap`` and ``read_as_typed`` write where ``squeeze`` is to drop one. NUL:
# no report writes it, and one that did would lose nothing by its going.
DROP = "\x00"
_SQUEEZED = re.compile(r"\x00+|[ \t]{2,}|\t")


def squeeze(text: str) -> tuple[str, list[int] | None]:
    """``text`` without its ``DROP`` characters and with each run of spaces and tabs as one
    space; and, when anything changed, where each character of the result (and its end)
    stands in ``text``: ``source[i]`` is the offset in ``text`` of the result's ``i``-th
    character, ``source[len(result)] == len(text)``. None: the text is unchanged.

    Reports copied from web pages and word processors space words by two or more (a
    ``&nbsp;`` beside a space, two spaces after a full stop, a table's cells), which the
    lexicons, written for one space, would read as no phrase at all."""
    if DROP not in text and "\t" not in text and "  " not in text:
        return text, None
    parts: list[str] = []
    source: list[int] = []
    pos = 0
    for m in _SQUEEZED.finditer(text):
        parts.append(text[pos : m.start()])
        source.extend(range(pos, m.start()))
        if m.group()[0] != DROP:
            parts.append(" ")
            source.append(m.start())
        pos = m.end()
    parts.append(text[pos:])
    source.extend(range(pos, len(text) + 1))
    return "".join(parts), source


@dataclass(frozen=True)
class Typed:
    """The text as the components read it (``read_as_typed``).

    Attributes:
        text: the text the components read.
        title_end: end offset of its title (0 when there is none).
        source: where each character of ``text`` stands in the text as written (see
            ``squeeze``); None when the two are the same length and aligned.
    """

    text: str
    title_end: int
    source: list[int] | None = None


def read_as_typed(full_text: str, title_len: int, outlets: Set[str] = frozenset()) -> Typed:
    """The text as the components read it: plain spaces, wrapped lines joined (a word
    broken at a line end made whole), runs of spaces as one, the headline the text opens
    with when there is no title field, a title in capitals in the body's case, the
    outlet's name (one of ``outlets``, see ``outlet_keys``) dropped from the title. Where
    anything was dropped ``source`` maps offsets back to ``full_text``."""
    text = unwrap(plain_spacing(full_text))
    title_end = title_len or headline_end(text)
    span = outlet_in_title(text, title_end, outlets)
    if span is not None:
        start, end = span
        text = text[:start] + DROP * (end - start) + text[end:]
    text, source = squeeze(text)
    if source is not None:
        title_end = bisect.bisect_left(source, title_end)
    return Typed(truecase_title(text, title_end), title_end, source)
