from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 2

@test_case(points=None, hidden=False)
def test_theta_normal_form(theta_normal):
    import numpy as np
    assert theta_normal is not None, '`theta_normal` is not defined: run the cell where you set it.'
    assert theta_normal is not ..., '`theta_normal` is still `...`: replace it with your answer.'
    try:
        theta_normal = np.asarray(theta_normal, dtype=float)
    except (TypeError, ValueError):
        raise AssertionError(f'`theta_normal` should be an array of numbers; got {type(theta_normal).__name__}.') from None
    assert theta_normal.shape == (11,), f'`theta_normal` should have shape (11,), the bias and ten weights; got {theta_normal.shape}. Did you use `X_train_b`, which includes the column of ones?'
    assert np.isfinite(theta_normal).all(), '`theta_normal` contains NaN or inf: check your inputs.'

