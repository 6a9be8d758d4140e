from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 2

@test_case(points=None, hidden=False)
def test_shrinkage_form(theta_ols, theta_ridge, alpha_half):
    import numbers
    import numpy as np
    for name, value in [('theta_ols', theta_ols), ('theta_ridge', theta_ridge), ('alpha_half', alpha_half)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, numbers.Real), f'`{name}` should be a number; got {type(value).__name__}.'
        assert np.isfinite(value), f'`{name}` is NaN or inf: check your arithmetic.'
    assert 0 < theta_ridge < theta_ols, 'the penalty shrinks the coefficient towards zero without changing its sign, so `theta_ridge` should lie between 0 and `theta_ols`.'
    assert alpha_half > 0, '`alpha_half` should be a positive penalty strength.'

