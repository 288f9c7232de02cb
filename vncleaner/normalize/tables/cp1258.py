"""Windows-1258 text shown as Windows-1252: the bytes on which the two code pages differ.

Source: Microsoft's code page tables for Windows-1252 and Windows-1258 as published by the
Unicode Consortium (MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT and CP1258.TXT), the same
tables as Python's ``cp1252`` and ``cp1258`` codecs. Windows-1258 writes most tone marks as
combining characters after the vowel, so "Việt" is "Viê" + dot below (0xF2) + "t" and
shows in Windows-1252 as "Viêòt". Key: the Windows-1252 character; value: the
Windows-1258 one.
"""

from __future__ import annotations

CP1258_AS_CP1252: dict[str, str] = {
    "Ã": "Ă",  # 0xC3
    "Ì": "\u0300",  # 0xCC
    "Ð": "Đ",  # 0xD0
    "Ò": "\u0309",  # 0xD2
    "Õ": "Ơ",  # 0xD5
    "Ý": "Ư",  # 0xDD
    "Þ": "\u0303",  # 0xDE
    "ã": "ă",  # 0xE3
    "ì": "\u0301",  # 0xEC
    "ð": "đ",  # 0xF0
    "ò": "\u0323",  # 0xF2
    "õ": "ơ",  # 0xF5
    "ý": "ư",  # 0xFD
    "þ": "₫",  # 0xFE
}
