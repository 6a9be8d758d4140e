from otter.test_files import test_case

OK_FORMAT = False

name = "q11"
points = 12

@test_case(points=None, hidden=False)
def test_gd_form(gd_check):
    import numpy as np
    assert gd_check is not None, '`gd_check` is None or not defined: run the cell that calls `logistic_gd` on the demo problem, and make sure your function ends with `return theta`.'
    unreadable = type(gd_check).__name__ == 'Unreadable'
    assert gd_check is not ... and (not (unreadable and 'ellipsis' in repr(gd_check))), '`gd_check` is still `...`: run the cell that calls `logistic_gd`.'
    try:
        theta = np.asarray(gd_check, dtype=float)
    except (TypeError, ValueError):
        raise AssertionError(f'`logistic_gd` should return an array of numbers; got {type(gd_check).__name__}.') from None
    assert theta.shape == (2,), f'on X_demo, of shape (9, 1), `logistic_gd` should return theta of shape (2,), the bias and one weight; got {theta.shape}. Did you add the column of ones?'
    assert np.isfinite(theta).all(), '`logistic_gd` returned NaN or inf on the demo problem.'
    X = np.linspace(-2, 2, 9)
    y = np.array([0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0])
    z = theta[0] + theta[1] * X
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z))
    assert loss < np.log(2) - 0.05, f'after 1000 steps the demo log-loss is {loss:.3f}, no better than {np.log(2):.3f} at theta = 0: check the sign of the step (theta minus the learning rate times the gradient).'

