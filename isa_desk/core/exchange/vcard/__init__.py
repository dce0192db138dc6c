"""Contacts as vCards (.vcf): written for Outlook, Thunderbird and phones, read from them.

Writing (writing.py, with vobject): vCard 3.0 (RFC 2426), which Outlook and Thunderbird
both read, or vCard 4.0 (RFC 6350); all cards in one file, or one file per contact (old
Outlook reads only the first card of a file). Each card holds

    N          family; given; ; academic title        FN    the name in Latin script
    ORG        organisation; department               TITLE position
    EMAIL      TEL work / cell / fax                  ADR   work: street, town, region,
    NOTE       CATEGORIES (the tags)                        postcode, country name
    4.0:       GENDER (M, F, O) and LANG (de, en, zh)
    3.0:       X-GENDER (Male, Female, Other), as Android and ez-vcard write it

The name in characters: Outlook keeps only the properties it has a field for, and
NICKNAME is the one both Outlook ("Spitzname") and Thunderbird keep and show; a card with a
Latin name therefore carries the name in characters as NICKNAME;LANGUAGE=zh. A 4.0 card
also names the person the way RFC 6350 means it: a second FN with LANGUAGE=zh beside the
Latin one, both with ALTID=1 (Thunderbird stores the whole card and keeps it). A person
with a name in characters only has it as FN.

vCard 3.0 files are UTF-8 and say so with CHARSET=UTF-8 on the lines beyond ASCII: Outlook
reads a .vcf without it in the Windows code page. 4.0 is UTF-8 by definition.

Reading (cards.py, source.py): one or many cards a file, vCard 2.1 as old Outlook and
phones write it (QUOTED-PRINTABLE values with soft line breaks, CHARSET=UTF-8 or
Windows-1252, bare parameters such as TEL;WORK;FAX), 3.0 and 4.0. The file becomes a list
like a received CSV file (a header row, then a row per card numbered by the line the card
begins on), so the import wizard, its preview, the duplicate check, undo and the limits of
an import apply to it unchanged.
"""

VCARD_SUFFIXES = (".vcf", ".vcard")
VERSIONS = ("3.0", "4.0")
