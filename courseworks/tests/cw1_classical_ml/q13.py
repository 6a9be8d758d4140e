from otter.test_files import test_case

OK_FORMAT = False

name = "q13"
points = 12

@test_case(points=None, hidden=False)
def test_grid_form(best_params, cv_score_grid, svm_test_accuracy):
    import numbers
    import numpy as np
    values = [('best_params', best_params), ('cv_score_grid', cv_score_grid), ('svm_test_accuracy', svm_test_accuracy)]
    for name, value in values:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        unreadable = type(value).__name__ == 'Unreadable'
        assert value is not ... and (not (unreadable and 'ellipsis' in repr(value))), f'`{name}` is still `...`: replace it with your answer.'
        assert not unreadable, f'`{name}` could not be read as data: {value!r}.'
    assert isinstance(best_params, dict) and sorted(best_params) == ['C', 'gamma'], f"`best_params` should be a dictionary with the keys 'C' and 'gamma'; got {best_params!r}."
    scores = np.asarray(cv_score_grid, dtype=float)
    assert scores.shape == (4, 4), f'`cv_score_grid` should have shape (4, 4), rows C and columns gamma; got {scores.shape}.'
    assert ((scores >= 0) & (scores <= 1)).all(), '`cv_score_grid` should hold accuracies in [0, 1].'
    assert isinstance(svm_test_accuracy, numbers.Real) and 0 <= svm_test_accuracy <= 1, f'`svm_test_accuracy` should be an accuracy in [0, 1]; got {svm_test_accuracy!r}.'

