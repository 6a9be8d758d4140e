from otter.test_files import test_case

OK_FORMAT = False

name = "q9"
points = 8

@test_case(points=None, hidden=False)
def test_threshold_form(proba_cv, threshold, test_precision_thr, test_recall_thr):
    import numbers
    import numpy as np
    values = [('proba_cv', proba_cv), ('threshold', threshold), ('test_precision_thr', test_precision_thr), ('test_recall_thr', test_recall_thr)]
    for name, value in values:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        unreadable = type(value).__name__ == 'Unreadable'
        assert value is not ... and (not (unreadable and 'ellipsis' in repr(value))), f'`{name}` is still `...`: replace it with your answer.'
        assert not unreadable, f'`{name}` could not be read as data: {value!r}.'
    proba = np.asarray(proba_cv, dtype=float)
    assert proba.shape == (249,), f'`proba_cv` should hold one probability per training bird, shape (249,); got {proba.shape}. Keep only the column of class 1.'
    assert ((proba >= 0) & (proba <= 1)).all(), '`proba_cv` should hold probabilities in [0, 1]: use method="predict_proba".'
    for name, value in values[1:]:
        assert isinstance(value, numbers.Real), f'`{name}` should be a number; got {type(value).__name__}.'
        assert np.isfinite(value) and 0 <= value <= 1, f'`{name}` should be in [0, 1]; got {value}.'

