from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 2

@test_case(points=None, hidden=False)
def test_analytic_form(n_params, dL_dw):
    import numbers
    import numpy as np
    for name, value in [('n_params', n_params), ('dL_dw', dL_dw)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, (numbers.Real, np.ndarray)) and (not isinstance(value, (bool, np.bool_))), f'`{name}` should be a number, got {type(value).__name__}.'
        assert np.size(value) == 1, f'`{name}` should be a single number, got shape {np.shape(value)}.'
        assert np.isfinite(float(np.asarray(value).item())), f'`{name}` is NaN or inf.'
    count = float(np.asarray(n_params).item())
    assert count > 0 and count == int(count), f'`n_params` counts parameters, so it should be a positive integer; got {count}.'

