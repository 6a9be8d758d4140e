from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 4

@test_case(points=None, hidden=False)
def test_sgd_epoch_form(sgd_epoch):
    import numpy as np
    assert sgd_epoch is not None, '`sgd_epoch` is not defined: run the cell where you define it.'
    assert sgd_epoch is not ..., '`sgd_epoch` is still `...`: define it as a function.'
    assert callable(sgd_epoch), f'`sgd_epoch` should be a function; got a {type(sgd_epoch).__name__}.'
    rng = np.random.default_rng(0)
    X_b = np.c_[np.ones(4), rng.normal(size=(4, 2))]
    y = rng.normal(size=4)
    theta = np.zeros(3)
    try:
        out = sgd_epoch(theta, X_b, y, np.array([2, 0, 3, 1]), np.full(4, 0.1))
    except Exception as err:
        raise AssertionError(f'`sgd_epoch` raised {type(err).__name__} on a small example: {err}') from None
    assert out is not None, '`sgd_epoch` returned None: it must `return` the updated parameter vector.'
    out = np.asarray(out, dtype=float)
    assert out.shape == (3,), f'`sgd_epoch` should return shape (3,), one entry per parameter; got {out.shape}.'
    assert np.isfinite(out).all(), '`sgd_epoch` returned NaN or inf on a small, well-behaved example.'
    assert np.array_equal(theta, np.zeros(3)), '`sgd_epoch` modified the `theta` passed in: work on a copy (`theta = theta - ...`, not `theta -= ...`).'
    assert not np.allclose(out, 0.0), '`sgd_epoch` returned the starting parameters: did it make any update?'

