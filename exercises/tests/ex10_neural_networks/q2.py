from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 3

@test_case(points=None, hidden=False)
def test_dense_backward_form(dense_backward):
    import numpy as np
    assert dense_backward is not None, '`dense_backward` is not defined: run the cell where you define it.'
    assert dense_backward is not ..., '`dense_backward` is still `...`: define it as a function.'
    assert callable(dense_backward), f'`dense_backward` should be a function, got {type(dense_backward).__name__}.'
    gen = np.random.default_rng(2)
    dout, X, W = (gen.normal(size=(5, 4)), gen.normal(size=(5, 3)), gen.normal(size=(3, 4)))
    try:
        grads = dense_backward(dout, X, W)
    except Exception as err:
        raise AssertionError(f'`dense_backward` raised {type(err).__name__} ({err}) for dout of shape (5, 4), X of shape (5, 3) and W of shape (3, 4): check the order of each matrix product and which matrix is transposed.') from None
    assert grads is not None, '`dense_backward` returns None: replace the `...` in its body with your code and a `return`.'
    assert isinstance(grads, (tuple, list)) and len(grads) == 3, f'`dense_backward` should return a tuple of three arrays, (dX, dW, db); got {type(grads).__name__}' + (f' of length {len(grads)}.' if isinstance(grads, (tuple, list)) else '.')
    shapes = {'dX': (5, 3), 'dW': (3, 4), 'db': (4,)}
    for (name, shape), grad in zip(shapes.items(), grads):
        assert grad is not None, f'`{name}` (returned by `dense_backward`) is None.'
        grad = np.asarray(grad, dtype=float)
        assert grad.shape == shape, f'`{name}` should have shape {shape}, the shape of {name[1:]}; got {grad.shape}. Return the gradients in the order (dX, dW, db).'
        assert np.isfinite(grad).all(), f'`{name}` contains NaN or inf.'

