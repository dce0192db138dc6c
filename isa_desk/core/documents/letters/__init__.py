"""Letters: salutations, address blocks, templates with merge fields, the sender, and DIN 5008
letters rendered as PDF with reportlab.

The text that goes into a letter (month names, "Seite 1 von 2", the information block's
labels) depends on the letter's language, not on the language of the program, so it lives
in `wording.py` rather than in the translations.
"""
