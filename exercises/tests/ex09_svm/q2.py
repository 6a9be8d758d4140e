from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 2

@test_case(points=None, hidden=False)
def test_analytic_form(margin_width, slack):
    import numbers
    import numpy as np
    for name, value in [('margin_width', margin_width), ('slack', slack)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, (numbers.Real, np.ndarray)) and (not isinstance(value, (bool, np.bool_))), f'`{name}` should be a number, got {type(value).__name__}.'
        assert np.size(value) == 1, f'`{name}` should be a single number, got shape {np.shape(value)}.'
        assert np.isfinite(float(np.asarray(value).item())), f'`{name}` is NaN or inf.'
    assert float(np.asarray(margin_width).item()) > 0, '`margin_width` is a width, so it must be positive.'
    assert float(np.asarray(slack).item()) >= 0, '`slack` should never be negative: an instance beyond its street edge has slack 0, hence the max(0, ...).'

