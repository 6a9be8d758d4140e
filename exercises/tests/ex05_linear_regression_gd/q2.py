from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 3

@test_case(points=None, hidden=False)
def test_gd_step_form(gd_step):
    import numpy as np
    assert gd_step is not None, '`gd_step` is not defined: run the cell with your function.'
    assert gd_step is not ..., '`gd_step` is still `...`: write the function.'
    assert callable(gd_step), f'`gd_step` should be a function; got {type(gd_step).__name__}.'
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
    y = np.array([1.0, 2.0, 2.0, 4.0])
    theta = np.array([0.5, -0.5])
    original = theta.copy()
    try:
        result = gd_step(theta, X, y, 0.1)
    except Exception as err:
        raise AssertionError(f'gd_step(theta, X, y, 0.1) raised {type(err).__name__}: {err}') from None
    assert result is not None, 'gd_step returned None: end the function with `return ...`.'
    assert np.array_equal(theta, original), 'gd_step changed `theta` in place: compute a new array (theta = theta - ...) instead of `theta -= ...`.'
    try:
        result = np.asarray(result, dtype=float)
    except (TypeError, ValueError):
        raise AssertionError(f'gd_step should return an array of numbers; got {type(result).__name__}.') from None
    assert result.shape == (2,), f'with X of shape (4, 2), gd_step should return shape (2,), like theta; got {result.shape}.'
    assert np.isfinite(result).all(), 'gd_step returned NaN or inf on a small, well-behaved problem.'
    try:
        unchanged = np.asarray(gd_step(theta, X, y, 0.0), dtype=float)
    except Exception as err:
        raise AssertionError(f'gd_step(theta, X, y, 0.0) raised {type(err).__name__}: {err}') from None
    assert unchanged.shape == theta.shape and np.allclose(unchanged, theta), f'with learning_rate=0, gd_step should return theta unchanged; got {np.round(unchanged, 4)} instead of {theta}. Return theta minus the step, not the gradient.'

