from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 1

@test_case(points=None, hidden=False)
def test_dense_forward_form(dense_forward):
    import numpy as np
    assert dense_forward is not None, '`dense_forward` is not defined: run the cell where you define it.'
    assert dense_forward is not ..., '`dense_forward` is still `...`: define it as a function.'
    assert callable(dense_forward), f'`dense_forward` should be a function, got {type(dense_forward).__name__}.'
    gen = np.random.default_rng(1)
    X, W, b = (gen.normal(size=(5, 3)), gen.normal(size=(3, 4)), gen.normal(size=4))
    try:
        Z = dense_forward(X, W, b)
    except Exception as err:
        raise AssertionError(f'`dense_forward` raised {type(err).__name__} ({err}) for X of shape (5, 3), W of shape (3, 4) and b of shape (4,): multiply in the order X @ W.') from None
    assert Z is not None, '`dense_forward` returns None: replace the `...` in its body with your code and a `return`.'
    Z = np.asarray(Z, dtype=float)
    assert Z.shape == (5, 4), f'For X of shape (5, 3) and W of shape (3, 4), `dense_forward` should return shape (5, 4), one row per instance and one column per unit; got {Z.shape}.'
    assert np.isfinite(Z).all(), '`dense_forward` returned NaN or inf for small random inputs.'

