from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 2

@test_case(points=None, hidden=False)
def test_q4_form(inertias, best_k):
    import numbers
    import numpy as np
    assert inertias is not None, '`inertias` is not defined: run the cell where you set it.'
    assert inertias is not ..., '`inertias` is still `...`: replace it with your array of inertias.'
    try:
        values = np.asarray(inertias, dtype=float)
    except (TypeError, ValueError):
        raise AssertionError('`inertias` should be an array of 8 numbers, one inertia per k.') from None
    assert values.shape == (8,), f'`inertias` should have shape (8,), one value for each k from 1 to 8; got {values.shape}.'
    assert np.isfinite(values).all(), '`inertias` contains NaN or inf: check your k-means fits.'
    assert (values >= 0).all(), '`inertias` contains negative values; an inertia is a sum of squares.'
    assert best_k is not None, '`best_k` is not defined: run the cell where you set it.'
    assert best_k is not ..., '`best_k` is still `...`: replace it with the k at the elbow.'
    assert isinstance(best_k, numbers.Integral) and (not isinstance(best_k, bool)), f'`best_k` should be an integer (a number of clusters); got {type(best_k).__name__} {best_k!r}.'
    assert 1 <= best_k <= 8, f'`best_k` should be one of the k you tried, 1 to 8; got {best_k}.'

