"""Whether a capitalised name after "told" / « a dit à » names a person, who hears the words, or a
medium, which passes them on: "told President Macron", « a confié à M. Dupont » are people;
"told Fox News", "told Reuters", « a déclaré au Monde » are media. No Qt, no storage.
"""

from __future__ import annotations

import re

# A person's title before the name: "told Mr Smith", "told President Macron", « à M. Dupont ».
_TITLE = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|President|Vice|Prime|Chancellor|Premier|King|Queen|Prince"
    r"|Princess|Pope|Senator|Sen|Rep|Representative|Governor|Gov|Mayor|Minister|Secretary|General|Gen|Judge"
    r"|Justice|Chief|Father|Sister|Brother|Rabbi|Imam|Bishop|Cardinal|M|Mme|Mlle|Me|Maître|Monsieur|Madame"
    r"|Docteur|Professeur|Président|Présidente|Ministre|Général|Sénateur|Sénatrice|Député|Députée)\.?[\s\u00a0]",
)


def names_a_person(name: str) -> bool:
    """Whether `name` (capitalised words after the verb) is a person's, by the title before it.
    A name alone stays a medium's: "Iran Focus", "Al Jazeera" and "Emmanuel Macron" look alike."""
    return bool(_TITLE.match(name + " "))
