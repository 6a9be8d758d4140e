from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 2

@test_case(points=None, hidden=False)
def test_analytic_form(width_90, odds_factor):
    import numbers
    import numpy as np
    for name, value in [('width_90', width_90), ('odds_factor', odds_factor)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, (numbers.Real, np.ndarray)) and (not isinstance(value, (bool, np.bool_))), f'`{name}` should be a number, got {type(value).__name__}.'
        assert np.size(value) == 1, f'`{name}` should be a single number, got shape {np.shape(value)}.'
        assert np.isfinite(float(np.asarray(value).item())), f'`{name}` is NaN or inf.'
    assert 0 < float(np.asarray(width_90).item()) < 5, '`width_90` should be a petal width in cm, between 0 and 5.'
    assert float(np.asarray(odds_factor).item()) > 0, '`odds_factor` is a ratio of odds, so it must be positive.'

