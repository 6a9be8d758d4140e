from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 2

@test_case(points=None, hidden=False)
def test_softmax_cross_entropy_form(softmax_cross_entropy):
    import numbers
    import warnings
    import numpy as np
    name = 'softmax_cross_entropy'
    assert softmax_cross_entropy is not None, f'`{name}` is not defined: run the cell where you define it.'
    assert softmax_cross_entropy is not ..., f'`{name}` is still `...`: define it as a function.'
    assert callable(softmax_cross_entropy), f'`{name}` should be a function, got {type(softmax_cross_entropy).__name__}.'
    gen = np.random.default_rng(3)
    logits, y = (gen.normal(size=(4, 3)), np.array([0, 2, 1, 2]))
    try:
        result = softmax_cross_entropy(logits, y)
    except Exception as err:
        raise AssertionError(f'`{name}` raised {type(err).__name__} ({err}) for logits of shape (4, 3).') from None
    assert result is not None, f'`{name}` returns None: replace the `...` in its body with your code and a `return`.'
    assert isinstance(result, (tuple, list)) and len(result) == 2, f'`{name}` should return a tuple (loss, dlogits); got {type(result).__name__}.'
    loss, dlogits = result
    assert isinstance(loss, (numbers.Real, np.ndarray)) and np.size(loss) == 1, f'the loss should be a single number, got {type(loss).__name__} of shape {np.shape(loss)}: take the mean.'
    loss = float(np.asarray(loss).item())
    assert np.isfinite(loss) and loss >= 0, f'the loss should be a finite number >= 0; got {loss}.'
    dlogits = np.asarray(dlogits, dtype=float)
    assert dlogits.shape == (4, 3), f'`dlogits` should have the shape of the logits, (4, 3); got {dlogits.shape}.'
    assert np.isfinite(dlogits).all(), '`dlogits` contains NaN or inf.'
    big = np.array([[1000.0, 999.0, 998.0], [-1000.0, -999.0, -998.0]])
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            big_loss, big_grad = softmax_cross_entropy(big, np.array([0, 2]))
        except (RuntimeWarning, FloatingPointError) as err:
            raise AssertionError(f"`{name}` fails for large logits such as 1000 ({err}): subtract each row's maximum before np.exp.") from None
    assert np.isfinite(float(np.asarray(big_loss).item())) and np.isfinite(np.asarray(big_grad, dtype=float)).all(), f"`{name}` returns NaN or inf for large logits such as 1000: subtract each row's maximum before np.exp."

