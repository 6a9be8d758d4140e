from otter.test_files import test_case

OK_FORMAT = False

name = "q2"
points = 2

@test_case(points=None, hidden=False)
def test_q2_form(pipe, accuracy_scaled):
    import numbers
    import numpy as np
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler
    assert pipe is not None, '`pipe` is not defined: run the cell where you create it.'
    assert pipe is not ..., '`pipe` is still `...`: replace it with a Pipeline.'
    assert isinstance(pipe, Pipeline), f'`pipe` should be a Pipeline (use make_pipeline); got {type(pipe).__name__}.'
    assert isinstance(pipe[0], StandardScaler), f'The first step of `pipe` should be a StandardScaler; got {type(pipe[0]).__name__}.'
    assert isinstance(pipe[-1], KNeighborsClassifier), f'The last step of `pipe` should be a KNeighborsClassifier; got {type(pipe[-1]).__name__}.'
    assert hasattr(pipe[-1], 'classes_'), '`pipe` is not fitted yet: call `pipe.fit(X_train, y_train)`.'
    assert accuracy_scaled is not None, '`accuracy_scaled` is not defined: run the cell where you set it.'
    assert accuracy_scaled is not ..., '`accuracy_scaled` is still `...`: replace it with the test accuracy.'
    assert isinstance(accuracy_scaled, numbers.Real) and (not isinstance(accuracy_scaled, bool)), f'`accuracy_scaled` should be a float; got {type(accuracy_scaled).__name__}.'
    assert np.isfinite(accuracy_scaled), '`accuracy_scaled` is NaN or inf: check how you computed it.'
    assert 0 <= accuracy_scaled <= 1, f'`accuracy_scaled` should be between 0 and 1 (a fraction, not a percentage); got {accuracy_scaled}.'

