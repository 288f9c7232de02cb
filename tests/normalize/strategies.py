"""Hypothesis strategies for well-formed Vietnamese: syllables, words in any usual case,
sentences with punctuation and numbers, the text every repair must leave alone."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

from vncleaner.syllables import TONE_MARKS


def _words(text: str) -> list[str]:
    return text.split()


ONSETS = _words("ngh ng nh ch gh gi kh ph th tr qu b c d đ g h k l m n p r s t v x")
RHYMES = _words("""a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu
ây e eo ec em en eng ep et ê êu êch êm ên ênh êp êt i ia iu ich im in inh ip it iêc iêm
iên iêng iêp iêt iêu o oi oc om on ong op ot ô ôi ôc ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt u
ua ui uc um un ung up ut uôc uôi uôm uôn uông uôt ư ưa ưi ưu ưc ưm ưng ưt ươc ươi ươm
ươn ương ươp ươt ươu oa oai oay oac oach oan oang oanh oat oăc oăn oăng oăt oe oen oet
uân uât uây uê uy uya uyên uyêt uynh uyt""")
_STOPS = ("c", "ch", "p", "t")
_VOWELS = "aăâeêioôơuưy"


def _place(rhyme: str, tone: str) -> str:
    """Put ``tone`` on the vowel that carries it (the marked vowel, else the main one)."""
    vowels = [i for i, c in enumerate(rhyme) if c in _VOWELS]
    marked = [i for i in vowels if _has_modifier(rhyme[i])]
    if marked:
        index = marked[-1]
    elif len(vowels) == 1 or rhyme[vowels[-1] + 1 :]:
        index = vowels[-1]
    else:
        index = vowels[-2] if rhyme[:2] not in ("oa", "oe", "uy") else vowels[-1]
    return rhyme[: index + 1] + tone + rhyme[index + 1 :]


def _has_modifier(letter: str) -> bool:
    return letter in "ăâêôơư"


@st.composite
def syllables(draw: st.DrawFn) -> str:
    """One well-formed syllable, e.g. "nghiêng", "Thuỷ", "ĐƯỜNG"."""
    onset = draw(st.sampled_from(["", *ONSETS]))
    rhyme = draw(st.sampled_from(RHYMES))
    tones = list(TONE_MARKS[1::3]) if rhyme.endswith(_STOPS) else ["", *TONE_MARKS]
    word = unicodedata.normalize("NFC", onset + _place(rhyme, draw(st.sampled_from(tones))))
    case = draw(st.sampled_from([str.lower, str.capitalize, str.upper]))
    return case(word)


_PUNCTUATION = st.sampled_from(["", "", "", ",", ".", ":", ";", "!", "?", "…", " -"])
_EXTRA = st.sampled_from(["2024", "15%", "TP.HCM", "(ảnh)", "“nói”", "USD", "Covid-19"])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence of syllables, numbers and everyday punctuation, single-spaced."""
    words = draw(st.lists(st.one_of(syllables(), syllables(), _EXTRA), min_size=1, max_size=25))
    return " ".join(w + draw(_PUNCTUATION) for w in words).strip()
