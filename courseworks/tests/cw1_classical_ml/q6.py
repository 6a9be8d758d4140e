from otter.test_files import test_case

OK_FORMAT = False

name = "q6"
points = 9

@test_case(points=None, hidden=False)
def test_pipeline_form(cv_scores, test_accuracy, test_proba):
    import numbers
    import numpy as np
    for name, value in [('cv_scores', cv_scores), ('test_accuracy', test_accuracy), ('test_proba', test_proba)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it (`test_proba` comes from the cell after your answer, which needs a fitted `model`).'
        unreadable = type(value).__name__ == 'Unreadable'
        assert value is not ... and (not (unreadable and 'ellipsis' in repr(value))), f'`{name}` is still `...`: replace it with your answer.'
        assert not unreadable, f'`{name}` could not be read as data: {value!r}.'
    scores = np.asarray(cv_scores, dtype=float)
    assert scores.shape == (5,), f'`cv_scores` should hold one accuracy per fold, shape (5,); got {scores.shape}.'
    assert ((scores >= 0) & (scores <= 1)).all(), f'`cv_scores` should be accuracies in [0, 1]; got {scores}.'
    assert isinstance(test_accuracy, numbers.Real), f'`test_accuracy` should be a number; got {type(test_accuracy).__name__}.'
    assert 0 <= test_accuracy <= 1, f'`test_accuracy` should be an accuracy in [0, 1]; got {test_accuracy}.'
    proba = np.asarray(test_proba, dtype=float)
    assert proba.shape == (84,) and ((proba >= 0) & (proba <= 1)).all(), '`test_proba` should hold 84 probabilities: is `model` a fitted classifier with predict_proba?'

