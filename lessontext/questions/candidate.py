"""A candidate question: what a family makes and the rubric judges."""

from __future__ import annotations

from dataclasses import dataclass, field

from .types import MatchPair, QuestionType


@dataclass(frozen=True)
class Candidate:
    """A question before the rubric: the question's parts plus what the checks need."""

    type: QuestionType
    rule: str
    stem: str
    source_anchor: str
    source_sentence: str
    explanation: str
    base: float
    key: str = ""
    correct: tuple[str, ...] = ()
    distractors: tuple[str, ...] = ()
    pairs: tuple[MatchPair, ...] = ()
    answers: tuple[str, ...] = ()
    truth: bool | None = None
    kind: str = ""
    original: str = ""
    statement: str = ""
    quoted: str = ""  # the part of the stem lifted from the text
    scope: str = ""  # text where a distractor must not be true (membership questions)
    shown: tuple[str, ...] = ()
    claims: tuple[str, ...] = field(default=())
    # The family that made it (set by ``families.generate``) and what it asks of a learner:
    # "remember" (recall what the text says), "understand" (a contrast, a cause, a category)
    # or "apply" (use a rule of the text on new values).
    family: str = ""
    level: str = "remember"
    # The rank the learned score gives (``quality.scored``: the predicted value of blind raters' verdicts blended
    # with ``base``), by which the selection orders candidates; None until scored (then ``base`` orders).
    quality: float | None = None

    @property
    def rank(self) -> float:
        """What the selection orders by: the learned score when there is one, else the hand-set confidence."""
        return self.base if self.quality is None else self.quality

    @property
    def options(self) -> tuple[str, ...]:
        return self.correct + self.distractors
