"""The field help (`ropa_app.domain.help.HELP`) in the other declared languages: one module per language
(`sv.py`, `nb.py`, …, named by its code in `ropa_app.domain.languages`), each with HELP, a dict from the
field's key (`<kind>.<field>`) to its (what, why, example), and ARTICLE, the word its citations of the GDPR
start with (the test checks that a text citing an article in English cites it in the translation too).

Each language uses the terminology of its own text of the GDPR and its citation style (sv "art. 30.1 a",
nb "artikkel 30 nr. 1 bokstav a", da "artikel 30, stk. 1, litra a", fi "30 artiklan 1 kohdan a
alakohta"), and its examples are of a company of its country. `help.help_for(key, language)` reads them;
tests/domain/test_help.py checks that every declared language has every key.
"""
