"""Reading what people write in spreadsheet cells: lists, yes/no, legal bases, Art. 9 conditions.

Free text is mapped to vocabulary keys only where that is unambiguous; anything else is handed back
so that the caller keeps it as text (nothing typed by the user is dropped on import).
"""

from __future__ import annotations

import re
from dataclasses import field

from ..domain import countries
from ..domain.dataclass import dataclass

_SPLIT = re.compile(r"\s*(?:\r\n|\r|\n|;|•|\u2022)\s*")
_NOTHING = {"", "-", "–", "—", "n/a", "na", "none", "nil", "not applicable"}
_BULLET = re.compile(r"^(?:[-*·]|\d+[.)])\s+")


def is_blank(text: str) -> bool:
    """True for an empty cell or a "nothing here" marker (N/A, None, -)."""
    return text.strip().casefold().rstrip(".") in _NOTHING


def split_list(text: str) -> list[str]:
    """Items of a list cell: one per line or separated by semicolons or bullets; "N/A" is no item."""
    if is_blank(text):
        return []
    items = [_BULLET.sub("", part).strip() for part in _SPLIT.split(text)]
    return list(dict.fromkeys(i for i in items if i and not is_blank(i)))


_YES = re.compile(r"^\s*(yes|y|ja|j|true|x|✓|✔)\b", re.IGNORECASE)
_NO = re.compile(r"^\s*(no|n|nej|nei|false|none|n/a|not applicable|ingen|inga)\b", re.IGNORECASE)


def yes_no(text: str) -> bool | None:
    """True / False when the cell starts with a yes or a no (in English or a Nordic language), else None."""
    if not text.strip():
        return None
    if _YES.match(text):
        return True
    if _NO.match(text) or text.strip() in ("-", "–", "—"):
        return False
    return None


@dataclass
class Recognised:
    keys: list[str] = field(default_factory=list)
    leftover: list[str] = field(default_factory=list)  # parts kept as text (unrecognised or with more to say)
    unknown: list[str] = field(default_factory=list)  # the leftover parts that named no key at all


def _article(article: str, paragraph: str, letters: str) -> re.Pattern[str]:
    # 6(1)(b), 6.1.b, 6 (1) b, 6(1)b, art 6 1 b
    return re.compile(
        rf"(?<![0-9]){article}\s*[\(\.\s]\s*{paragraph}\s*[\)\.\s]?\s*\(?\s*([{letters}])\s*\)?(?![a-z])",
        re.IGNORECASE,
    )


_ART6 = _article("6", "1", "a-f")
_ART9 = _article("9", "2", "a-j")

# Keyword phrases per key (English, Swedish, Norwegian, Danish). Checked only when a part names no article.
_ART6_WORDS = {
    "art6_1_a": ["consent", "samtycke", "samtykke"],
    "art6_1_b": ["contract", "avtal", "avtale", "kontrakt", "aftale"],
    "art6_1_c": ["legal obligation", "statutory obligation", "required by law", "rättslig förpliktelse",
                 "rettslig forpliktelse", "retlig forpligtelse"],
    "art6_1_d": ["vital interest", "grundläggande intresse", "vitale interesser", "vitale interesse"],
    "art6_1_e": ["public task", "official authority", "public interest", "allmänt intresse", "myndighetsutövning",
                 "allmennhetens interesse", "offentlig myndighet", "samfundets interesse"],
    "art6_1_f": ["legitimate interest", "berättigat intresse", "berettiget interesse", "legitim interesse"],
}
_ART9_WORDS = {
    "art9_2_a": ["explicit consent", "uttryckligt samtycke", "uttrykkelig samtykke", "udtrykkeligt samtykke"],
    "art9_2_b": ["employment", "social security", "social protection", "arbetsrätt", "arbeidsrett", "ansættelsesret"],
    "art9_2_c": ["vital interest"],
    "art9_2_d": ["not-for-profit", "not for profit", "non-profit", "ideell"],
    "art9_2_e": ["made public", "manifestly public", "offentliggjort"],
    "art9_2_f": ["legal claim", "rättsliga anspråk", "rettskrav", "retskrav"],
    "art9_2_g": ["substantial public interest", "viktigt allmänt intresse", "viktig allmenn interesse"],
    "art9_2_h": ["health or social care", "occupational medicine", "preventive medicine", "medical diagnosis",
                 "hälso- och sjukvård", "helse- og omsorg"],
    "art9_2_i": ["public health", "folkhälsa", "folkehelse"],
    "art9_2_j": ["archiving", "scientific research", "historical research", "statistic", "arkiv", "forskning"],
}
# Words that say nothing beyond the basis itself ("Performance of a contract - Art. 6(1)(b) UK GDPR").
_FILLER = set(
    "article art arts gdpr uk eu lawful basis bases for of the a an and or under in with to on is by processing "
    "necessary necessity performance perform compliance comply complying with our we a task carried out "
    "condition conditions paragraph para point data subject subjects subject's individual individuals "
    "artikel art. rättslig grund rettslig grunnlag behandlingsgrund behandlingsgrunnlag för av och for og til "
    "interest interests rely relies relied relying on upon based law laws".split()
)


def _recognise(text: str, pattern: re.Pattern[str], prefix: str, words: dict[str, list[str]]) -> Recognised:
    out = Recognised()
    if is_blank(text):
        return out
    for part in split_list(text) or [text.strip()]:
        found = [f"{prefix}{m.group(1).lower()}" for m in pattern.finditer(part)]
        residue = pattern.sub(" ", part)
        low = part.casefold()
        if not found:
            found = [key for key, phrases in words.items() if any(p in low for p in phrases)]
            if prefix.startswith("art6") and "art6_1_a" in found and "explicit" in low:
                found = [k for k in found if k != "art6_1_a"]  # "explicit consent" is an Art. 9 condition
        distinct = list(dict.fromkeys(found))
        for key in distinct:  # the words naming a basis found say nothing more
            for phrase in words.get(key, []):
                residue = re.sub(re.escape(phrase) + r"\w*", " ", residue, flags=re.IGNORECASE)
        if len(distinct) == 1:
            out.keys.append(distinct[0])
            if _says_more(residue):
                out.leftover.append(part)
        elif len(distinct) > 1 and pattern.search(part):
            out.keys.extend(distinct)  # "6(1)(b) and 6(1)(c)": every article named counts
            if _says_more(residue):
                out.leftover.append(part)
        else:
            out.leftover.append(part)  # nothing, or several bases named in words: ambiguous
            out.unknown.append(part)
    out.keys = list(dict.fromkeys(out.keys))
    return out


def _says_more(residue: str) -> bool:
    words = [w for w in re.split(r"[^\w']+", residue.casefold()) if w]
    return any(w not in _FILLER and not w.isdigit() for w in words)


def legal_bases(text: str) -> Recognised:
    """Art. 6(1) bases named in `text` ("Contract - 6(1)(b)", "legitimate interests", "samtycke")."""
    return _recognise(text, _ART6, "art6_1_", _ART6_WORDS)


def art9_conditions(text: str) -> Recognised:
    """Art. 9(2) conditions named in `text` ("9(2)(b) employment law", "explicit consent")."""
    return _recognise(text, _ART9, "art9_2_", _ART9_WORDS)


_PAREN = re.compile(r"\s*\([^)]*\)\s*")


def country_codes(text: str) -> tuple[list[str], list[str]]:
    """(ISO codes, parts not recognised) of a cell naming countries ("USA; India", "United States (Mailchimp)")."""
    codes: list[str] = []
    unknown: list[str] = []
    parts = split_list(text)
    if len(parts) == 1 and "," in parts[0] and not countries.lookup(parts[0]):
        parts = [p.strip() for p in parts[0].split(",") if p.strip()] or parts
    for part in parts:
        code = countries.lookup(part) or countries.lookup(_PAREN.sub(" ", part).strip())
        if code is None and part.upper() in ("USA", "US", "UK", "U.S.", "U.S.A."):
            code = {"UK": "GB"}.get(part.upper(), "US")
        if code:
            if code not in codes:
                codes.append(code)
        else:
            unknown.append(part)
    return codes, unknown


_MECHANISMS = {
    "scc_2021": ["standard contractual clauses", "scc", "sccs", "standardavtalsklausuler", "standardkontraktsklausuler",
                 "standardkontraktbestemmelser", "model clauses"],
    "bcr": ["binding corporate rules", "bcr", "bcrs", "bindande företagsbestämmelser"],
    "dpf": ["data privacy framework", "dpf"],
    "adequacy": ["adequacy", "adequate", "adekvat", "tillräcklig skyddsnivå"],
    "derogation": ["derogation", "article 49", "art. 49", "art 49"],
}


def transfer_mechanism(text: str) -> str | None:
    """The one transfer mechanism a safeguards cell names, or None when it names none or several."""
    low = f" {text.casefold()} "
    found = [
        key for key, phrases in _MECHANISMS.items()
        if any(re.search(rf"(?<![\w]){re.escape(p)}(?![\w])", low) for p in phrases)
    ]
    return found[0] if len(found) == 1 else None


_DPIA_DONE = re.compile(
    r"\b(done|complete|completed|finished|approved|signed off|klar|ferdig|färdig|afsluttet)\b", re.I)
_DPIA_ONGOING = re.compile(
    r"\b(in progress|ongoing|started|draft|drafting|pågår|pågående|påbegynt|under arbeid)\b", re.I)
_DPIA_TODO = re.compile(r"\b(not started|to do|todo|planned|pending|ej påbörjad|ikke startet)\b", re.I)


def dpia_status(required: str, progress: str) -> str | None:
    """A dpia_status key from the "DPIA required?" and "DPIA progress" cells, or None if neither says."""
    for pattern, key in ((_DPIA_TODO, "required"), (_DPIA_DONE, "done"), (_DPIA_ONGOING, "in_progress")):
        if progress and pattern.search(progress):
            return key
    answer = yes_no(required)
    if answer is True:
        return "required"
    if answer is False:
        return "not_required"
    return None
