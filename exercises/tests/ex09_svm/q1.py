from otter.test_files import test_case

OK_FORMAT = False

name = "q1"
points = 2

@test_case(points=None, hidden=False)
def test_svm_clf_form(svm_clf, n_support_vectors):
    import numbers
    import numpy as np
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import SVC
    assert svm_clf is not None, '`svm_clf` is not defined: run the cell where you build it.'
    assert svm_clf is not ..., '`svm_clf` is still `...`: replace it with your pipeline.'
    assert isinstance(svm_clf, Pipeline), f'`svm_clf` should be a scikit-learn pipeline (use make_pipeline), got {type(svm_clf).__name__}.'
    assert isinstance(svm_clf[0], StandardScaler), f'The first step of `svm_clf` should be a StandardScaler, got {type(svm_clf[0]).__name__}: an SVM needs standardised features.'
    assert isinstance(svm_clf[-1], SVC) and svm_clf[-1].kernel == 'linear', 'The last step of `svm_clf` should be SVC(kernel="linear", C=0.1).'
    assert np.isclose(svm_clf[-1].C, 0.1), f'The SVC should have C=0.1, yours has C={svm_clf[-1].C}.'
    assert hasattr(svm_clf[-1], 'support_'), '`svm_clf` is not fitted yet: call svm_clf.fit(X_cancer, y_cancer).'
    assert n_support_vectors is not None, '`n_support_vectors` is not defined: run the cell where you set it.'
    assert n_support_vectors is not ..., '`n_support_vectors` is still `...`: replace it with your answer.'
    assert np.ndim(n_support_vectors) == 0, f'`n_support_vectors` should be a single whole number, got something of shape {np.shape(n_support_vectors)}: add up the counts of both classes.'
    assert isinstance(n_support_vectors, numbers.Real) and (not isinstance(n_support_vectors, (bool, np.bool_))), f'`n_support_vectors` should be a whole number, got {type(n_support_vectors).__name__}.'
    assert np.isfinite(n_support_vectors), '`n_support_vectors` is NaN or inf.'
    assert float(n_support_vectors).is_integer(), f'`n_support_vectors` should be a whole number, got {n_support_vectors}.'
    assert 1 <= n_support_vectors <= 569, f'`n_support_vectors` = {n_support_vectors} is impossible: there are 569 training instances.'

