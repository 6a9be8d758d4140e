from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 3

@test_case(points=None, hidden=False)
def test_ridge_fit_form(ridge_fit):
    import numpy as np
    assert ridge_fit is not None, '`ridge_fit` is not defined: run the cell where you define it.'
    assert ridge_fit is not ..., '`ridge_fit` is still `...`: replace it with your function.'
    assert callable(ridge_fit), f'`ridge_fit` should be a function; got {type(ridge_fit).__name__}.'
    rng = np.random.default_rng(0)
    X, y = (rng.normal(size=(20, 3)), rng.normal(size=20))
    try:
        theta = ridge_fit(X, y, 1.0)
    except Exception as err:
        raise AssertionError(f'`ridge_fit(X, y, 1.0)` raised {type(err).__name__}: {err}') from None
    assert theta is not None, '`ridge_fit` returned None: did you forget the `return` statement?'
    theta = np.asarray(theta, dtype=float)
    assert theta.shape == (4,), f'for X of shape (20, 3), `ridge_fit` should return shape (4,), the intercept and 3 coefficients; got {theta.shape}.'
    assert np.isfinite(theta).all(), '`ridge_fit` returned NaN or inf: check the matrix you solve.'

