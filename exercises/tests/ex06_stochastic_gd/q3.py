from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 2

@test_case(points=None, hidden=False)
def test_counts_form(n_updates, frac_seen):
    import numbers
    import numpy as np
    assert n_updates is not None, '`n_updates` is not defined: run the cell where you set it.'
    assert n_updates is not ..., '`n_updates` is still `...`: replace it with your answer.'
    assert isinstance(n_updates, numbers.Real) and (not isinstance(n_updates, bool)), f'`n_updates` should be a number; got {type(n_updates).__name__}.'
    assert np.isfinite(n_updates), '`n_updates` is NaN or infinite.'
    assert float(n_updates).is_integer() and n_updates > 0, f'`n_updates` should be a positive whole number of updates; got {n_updates!r}.'
    assert frac_seen is not None, '`frac_seen` is not defined: run the cell where you set it.'
    assert frac_seen is not ..., '`frac_seen` is still `...`: replace it with your answer.'
    assert isinstance(frac_seen, numbers.Real) and (not isinstance(frac_seen, bool)), f'`frac_seen` should be a number; got {type(frac_seen).__name__}.'
    assert np.isfinite(frac_seen), '`frac_seen` is NaN or infinite.'
    assert 0 <= frac_seen <= 1, f'`frac_seen` is a fraction, between 0 and 1; got {frac_seen}.'

