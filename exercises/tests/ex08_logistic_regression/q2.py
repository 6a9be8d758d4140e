from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 3

@test_case(points=None, hidden=False)
def test_gradient_form(log_loss_gradient):
    import numpy as np
    assert log_loss_gradient is not None, '`log_loss_gradient` is not defined: run the cell where you define it.'
    assert log_loss_gradient is not ..., '`log_loss_gradient` is still `...`: define it as a function.'
    assert callable(log_loss_gradient), f'`log_loss_gradient` should be a function, got {type(log_loss_gradient).__name__}.'
    rng = np.random.default_rng(1)
    X_b = np.c_[np.ones(20), rng.normal(size=(20, 2))]
    y = (rng.random(20) < 0.5).astype(float)
    out = log_loss_gradient(rng.normal(size=3), X_b, y)
    assert out is not None, '`log_loss_gradient` returns None: replace the `...` in its body with your code and a `return`.'
    out = np.asarray(out, dtype=float)
    assert out.shape == (3,), f'For X_b of shape (20, 3) the gradient should have shape (3,), one entry per parameter; got {out.shape}.'
    assert np.isfinite(out).all(), "`log_loss_gradient` returned NaN or inf (check Task 1's `sigmoid` too)."

