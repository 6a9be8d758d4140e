from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 3

@test_case(points=None, hidden=False)
def test_train_step_form(train_step):
    import numpy as np
    import tensorflow as tf
    assert train_step is not None, '`train_step` is not defined: run the cell where you define it.'
    assert train_step is not ..., '`train_step` is still `...`: define it as a function.'
    assert callable(train_step), f'`train_step` should be a function, got {type(train_step).__name__}.'
    X = tf.constant([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5], [-2.0, 1.0]])
    y = tf.constant([1.0, 2.0, 0.0, -1.0])
    w, b = (tf.Variable(tf.zeros(2)), tf.Variable(0.0))
    try:
        loss = train_step(X, y, w, b, 0.1)
    except Exception as err:
        raise AssertionError(f'`train_step` raised {type(err).__name__} ({str(err).splitlines()[0][:150]}) for X of shape (4, 2) and w of shape (2,): tf.linalg.matvec(X, w) computes X w.') from None
    assert loss is not None, '`train_step` returns None: return the loss.'
    assert np.size(loss) == 1, f'the loss should be a single number, got shape {np.shape(loss)}: take the mean.'
    assert np.isfinite(float(np.asarray(loss).item())), 'the loss is NaN or inf.'
    assert not np.allclose(w.numpy(), 0.0), '`w` did not change: update the variable in place with w.assign_sub(learning_rate * grad_w).'

