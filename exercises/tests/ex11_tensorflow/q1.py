from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 2

@test_case(points=None, hidden=False)
def test_standardize_form(standardize):
    import numpy as np
    import tensorflow as tf
    assert standardize is not None, '`standardize` is not defined: run the cell where you define it.'
    assert standardize is not ..., '`standardize` is still `...`: define it as a function.'
    assert callable(standardize), f'`standardize` should be a function, got {type(standardize).__name__}.'
    X = np.array([[1, 10], [2, 20], [3, 60]])
    try:
        Z = standardize(X)
    except Exception as err:
        raise AssertionError(f'`standardize` raised {type(err).__name__} ({str(err).splitlines()[0][:150]}) for an integer array: convert X with tf.cast(X, tf.float32) before computing with it.') from None
    assert Z is not None, '`standardize` returns None: replace the `...` in its body with your code and a `return`.'
    assert tf.is_tensor(Z), f'`standardize` should return a tf.Tensor, got {type(Z).__name__}: compute with TensorFlow operations.'
    assert Z.dtype == tf.float32, f'`standardize` should return dtype float32, got {Z.dtype.name}: use tf.cast.'
    assert tuple(Z.shape) == (3, 2), f'for X of shape (3, 2) the result should have shape (3, 2); got {tuple(Z.shape)}.'
    assert np.isfinite(Z.numpy()).all(), 'the result contains NaN or inf.'

