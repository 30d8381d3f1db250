"""The table_row rule: two-column tables of a name and what it means or does."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check

_LEAD_IN = "Every statement lists a few items in the same order.\n\n"


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            _LEAD_IN + "| Item | What it means |\n|---|---|\n"
            "| Opening balance | The money in the account on the first day of the statement |\n"
            "| Code printed beside each payment you made | A reference for the shop |\n"
            "| Closing balance | Money left in the account on the last day |\n",
            {"Opening balance": ("defined", "The money in the account on the first day of the statement."),
             "Closing balance": ("defined", "Money left in the account on the last day.")},
            ("Code printed beside each payment you made",),
            id="a-meaning-header-reads-each-row-on-its-own",
        ),
        pytest.param(
            _LEAD_IN + "| Item | Meaning |\n|---|---|\n"
            "| Opening balance | The money in the account on the first day of the statement |\n"
            "| APR | Annual Percentage Rate |\n"
            "| Closing balance | Money left in the account on the last day |\n"
            "| ISA | Individual Savings Account, a savings account whose interest is not taxed |\n",
            {"Closing balance": ("defined", "Money left in the account on the last day."),
             "ISA": ("defined", "Individual Savings Account, a savings account whose interest is not taxed.")},
            ("APR",),
            id="an-abbreviation-only-spelled-out-is-no-meaning",
        ),
        pytest.param(
            _LEAD_IN + "| Item | Note |\n|---|---|\n"
            "| Opening balance | The money in the account on the first day of the statement |\n"
            "| Closing balance | Money left in the account on the last day |\n"
            "| Fees | 2.50 |\n",
            {}, ("Opening balance", "Closing balance"),
            id="without-a-meaning-header-one-data-row-makes-a-data-table",
        ),
        pytest.param(
            "The commands you will type most often.\n\n| Command | What it does |\n|---|---|\n"
            "| `git fetch` | downloads commits from the remote repository |\n"
            "| `git tag` | marks a commit with a name |\n",
            {"git fetch": ("defined", "A command that downloads commits from the remote repository."),
             "git tag": ("defined", "A command that marks a commit with a name.")},
            (), id="a-verb-phrase-still-takes-the-header-s-genus",
        ),
    ],
)
def test_table_rows(body: str, expected: dict[str, tuple[str, str]], absent: tuple[str, ...]) -> None:
    check(body, expected, absent)
