"""The general English function words: used to bound noun phrases and to recognise English."""

from __future__ import annotations

__all__ = ["STOPWORDS"]

STOPWORDS = frozenset(
    """
    a about above across after again against all almost along already also
    although always am among an and another any anyone anything are around as
    at be became because become becomes been before being below between both but
    by can cannot could did do does doing done down during each either else even
    ever every few for from further had has have having he her here hers herself
    him himself his how however i if in into is it its itself just least less
    like may me might more most much must my myself neither no nor not now of off
    often on once one only onto or other others otherwise our ours ourselves out
    over own per perhaps rather same shall she should since so some such than
    that the their theirs them themselves then there therefore these they this
    those though through throughout thus to too toward towards under unless until
    up upon us very via was we were what whatever when whenever where whereas
    whether which while who whom whose why will with within without would yet
    you your yours yourself
    amongst etc many never ones quite s sometimes still t usually
    """.split()
)
