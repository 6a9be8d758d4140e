from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 3

@test_case(points=None, hidden=False)
def test_step_form(dropout_scale, momentum_factor, theta_after_adam):
    import numbers
    import numpy as np
    for name, value in [('dropout_scale', dropout_scale), ('momentum_factor', momentum_factor), ('theta_after_adam', theta_after_adam)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, (numbers.Real, np.ndarray)) and (not isinstance(value, (bool, np.bool_))), f'`{name}` should be a number, got {type(value).__name__}.'
        assert np.size(value) == 1, f'`{name}` should be a single number, got shape {np.shape(value)}.'
        assert np.isfinite(float(np.asarray(value).item())), f'`{name}` is NaN or inf.'

