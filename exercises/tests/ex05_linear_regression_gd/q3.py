from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 3

@test_case(points=None, hidden=False)
def test_by_hand_form(cost_start, theta_one_step, lr_limit):
    import numbers
    import numpy as np
    for name, value in [('cost_start', cost_start), ('theta_one_step', theta_one_step), ('lr_limit', lr_limit)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
    for name, value in [('cost_start', cost_start), ('lr_limit', lr_limit)]:
        assert isinstance(value, numbers.Real), f'`{name}` should be a number; got {type(value).__name__}.'
        assert np.isfinite(value), f'`{name}` is NaN or inf.'
        assert value > 0, f'`{name}` should be positive; got {value}.'
    try:
        theta = np.asarray(theta_one_step, dtype=float)
    except (TypeError, ValueError):
        raise AssertionError('`theta_one_step` should be two numbers, such as [0.1, 0.2].') from None
    assert theta.shape == (2,), f'`theta_one_step` should hold two numbers, theta_0 and theta_1; got shape {theta.shape}.'
    assert np.isfinite(theta).all(), '`theta_one_step` contains NaN or inf.'

