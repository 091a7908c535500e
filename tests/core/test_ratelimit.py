from kiosk.core.ratelimit import delay_after


def test_delays_start_after_the_free_attempts_and_double() -> None:
    delays = [delay_after(n, free=3, max_seconds=60) for n in range(0, 12)]
    assert delays == [0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60]


def test_huge_failure_counts_stay_capped() -> None:
    assert delay_after(10_000, free=5, max_seconds=900) == 900
