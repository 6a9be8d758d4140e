from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 2

@test_case(points=None, hidden=False)
def test_value_and_gradient_form(value_and_gradient):
    import numpy as np
    import tensorflow as tf
    name = 'value_and_gradient'
    assert value_and_gradient is not None, f'`{name}` is not defined: run the cell where you define it.'
    assert value_and_gradient is not ..., f'`{name}` is still `...`: define it as a function.'
    assert callable(value_and_gradient), f'`{name}` should be a function, got {type(value_and_gradient).__name__}.'
    x = tf.constant([1.0, -2.0, 0.5])
    try:
        result = value_and_gradient(lambda t: tf.reduce_sum(t ** 2), x)
    except Exception as err:
        raise AssertionError(f'`{name}` raised {type(err).__name__} ({err}) for f(x) = sum(x**2).') from None
    assert result is not None, f'`{name}` returns None: replace the `...` in its body with your code and a `return`.'
    assert isinstance(result, (tuple, list)) and len(result) == 2, f'`{name}` should return a tuple (value, grad); got {type(result).__name__}.'
    value, grad = result
    assert grad is not None, 'the gradient is None: the tape did not record f(x) as a function of x. Compute f(x) inside the `with tf.GradientTape() as tape:` block, and call tape.watch(x) there, because x is not a variable.'
    if np.size(value) == 3 and np.size(grad) == 1:
        raise AssertionError('the value and the gradient are swapped: return (value, grad) in that order.')
    assert np.size(value) == 1, f'the value f(x) should be a single number, got shape {np.shape(value)}.'
    grad = np.asarray(grad, dtype=float)
    assert grad.shape == (3,), f'the gradient should have the shape of x, (3,); got {grad.shape}.'
    assert np.isfinite(grad).all(), 'the gradient contains NaN or inf.'

