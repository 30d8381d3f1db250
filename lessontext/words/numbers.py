"""Number words: the cardinals a count is written with ("Eighty radionuclide stations", "twelve survey ships")."""

UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Every cardinal from two to ninety-nine's parts: what opens a count of several things.
CARDINALS = frozenset(UNITS[1:] + TEENS + TENS)
