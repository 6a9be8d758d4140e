from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 2

@test_case(points=None, hidden=False)
def test_analytic_form(n_params_separable, flops_ratio, transpose_size):
    import numbers
    import numpy as np
    values = [('n_params_separable', n_params_separable), ('flops_ratio', flops_ratio), ('transpose_size', transpose_size)]
    for name, value in values:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, (numbers.Real, np.ndarray)) and (not isinstance(value, (bool, np.bool_))), f'`{name}` should be a number, got {type(value).__name__}.'
        assert np.size(value) == 1, f'`{name}` should be a single number, got shape {np.shape(value)}.'
        assert np.isfinite(float(np.asarray(value).item())), f'`{name}` is NaN or inf.'
    for name, value in [('n_params_separable', n_params_separable), ('transpose_size', transpose_size)]:
        number = float(np.asarray(value).item())
        assert number > 0 and number == int(number), f'`{name}` should be a positive integer; got {number}.'
    ratio = float(np.asarray(flops_ratio).item())
    assert 0 < ratio < 1, f'`flops_ratio` should be between 0 and 1 (separable divided by standard, and separable is cheaper); got {ratio}.'

