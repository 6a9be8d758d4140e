from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 2

@test_case(points=None, hidden=False)
def test_q1_form(model, accuracy_raw):
    import numbers
    import numpy as np
    from sklearn.neighbors import KNeighborsClassifier
    assert model is not None, '`model` is not defined: run the cell where you create it.'
    assert model is not ..., '`model` is still `...`: replace it with a KNeighborsClassifier.'
    assert isinstance(model, KNeighborsClassifier), f'`model` should be a KNeighborsClassifier; got {type(model).__name__}.'
    assert hasattr(model, 'classes_'), '`model` is not fitted yet: call `model.fit(X_train, y_train)`.'
    assert accuracy_raw is not None, '`accuracy_raw` is not defined: run the cell where you set it.'
    assert accuracy_raw is not ..., '`accuracy_raw` is still `...`: replace it with the test accuracy.'
    assert isinstance(accuracy_raw, numbers.Real) and (not isinstance(accuracy_raw, bool)), f'`accuracy_raw` should be a float; got {type(accuracy_raw).__name__}.'
    assert np.isfinite(accuracy_raw), '`accuracy_raw` is NaN or inf: check how you computed it.'
    assert 0 <= accuracy_raw <= 1, f'`accuracy_raw` should be between 0 and 1 (a fraction, not a percentage); got {accuracy_raw}.'

