"""A flood of warnings: the first few a minute logged, the rest counted and named later."""

from ioc_console.core.warning_budget import WarningBudget


def test_over_the_budget_warnings_are_counted_and_named_with_the_next_one_logged():
    now = [0.0]
    budget = WarningBudget(3, clock=lambda: now[0])
    assert [budget.admit() for _ in range(5)] == ["", "", "", None, None]
    now[0] = 30.0
    assert budget.admit() is None  # the minute is not over
    now[0] = 61.0
    assert budget.admit() == " (3 more not logged)"
    assert budget.admit() == ""
