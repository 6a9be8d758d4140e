from otter.test_files import test_case

OK_FORMAT = False

name = "q5"
points = 2

@test_case(points=None, hidden=False)
def test_softmax_form(softmax):
    import warnings
    import numpy as np
    assert softmax is not None, '`softmax` is not defined: run the cell where you define it.'
    assert softmax is not ..., '`softmax` is still `...`: define it as a function.'
    assert callable(softmax), f'`softmax` should be a function, got {type(softmax).__name__}.'
    scores = np.random.default_rng(5).normal(size=(4, 3))
    out = softmax(scores)
    assert out is not None, '`softmax` returns None: replace the `...` in its body with your code and a `return`.'
    out = np.asarray(out, dtype=float)
    assert out.shape == (4, 3), f'For scores of shape (4, 3), `softmax` should return shape (4, 3); got {out.shape}.'
    assert np.isfinite(out).all(), '`softmax` returned NaN or inf for small scores.'
    assert ((out >= 0) & (out <= 1)).all(), '`softmax` values should lie between 0 and 1.'
    sums = out.sum(axis=1)
    assert np.allclose(sums, 1.0), f'each row of `softmax(scores)` should sum to 1, yours sum to {sums.round(3)}: normalise each row, with axis=1 and keepdims=True.'
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            big = np.asarray(softmax(np.array([[1000.0, 0.0, -1000.0], [1000.0, 1000.0, 990.0]])), dtype=float)
        except (RuntimeWarning, FloatingPointError) as err:
            raise AssertionError(f"`softmax` overflows for scores of 1000 ({err}): subtract each row's maximum before np.exp.") from None
    assert np.isfinite(big).all(), "`softmax` returned NaN or inf for scores of 1000: subtract each row's maximum before np.exp."

@test_case(points=None, hidden=False)
def test_proba_form(proba):
    import numpy as np
    assert proba is not None, '`proba` is not defined: run the cell where you set it.'
    assert proba is not ..., '`proba` is still `...`: replace it with your answer.'
    proba = np.asarray(proba, dtype=float)
    assert proba.shape == (3, 3), f'`proba` should have shape (3, 3), one row per flower and one column per species; got {proba.shape}.'
    assert np.isfinite(proba).all(), '`proba` contains NaN or inf.'
    assert np.allclose(proba.sum(axis=1), 1.0), f'each row of `proba` should sum to 1; yours sum to {proba.sum(axis=1).round(3)}.'

