from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 2

@test_case(points=None, hidden=False)
def test_sigmoid_form(sigmoid):
    import warnings
    import numpy as np
    assert sigmoid is not None, '`sigmoid` is not defined: run the cell where you define it.'
    assert sigmoid is not ..., '`sigmoid` is still `...`: define it as a function.'
    assert callable(sigmoid), f'`sigmoid` should be a function, got {type(sigmoid).__name__}.'
    z = np.linspace(-5, 5, 12).reshape(3, 4)
    out = sigmoid(z)
    assert out is not None, '`sigmoid` returns None: replace the `...` in its body with your code and a `return`.'
    out = np.asarray(out, dtype=float)
    assert out.shape == z.shape, f"`sigmoid` should return the input's shape {z.shape}; got {out.shape}."
    assert np.isfinite(out).all(), '`sigmoid` returned NaN or inf for inputs between -5 and 5.'
    assert ((out > 0) & (out < 1)).all(), '`sigmoid` values should lie strictly between 0 and 1 for inputs between -5 and 5.'
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            extreme = np.asarray(sigmoid(np.array([-1000.0, 1000.0])), dtype=float)
        except (RuntimeWarning, FloatingPointError) as err:
            raise AssertionError(f'`sigmoid` overflows for z = -1000 ({err}): rearrange it so that np.exp only sees numbers <= 0.') from None
    assert np.isfinite(extreme).all(), '`sigmoid(np.array([-1000.0, 1000.0]))` contains NaN or inf.'

