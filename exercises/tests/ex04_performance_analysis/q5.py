from otter.test_files import test_case

OK_FORMAT = False

name = "q5"
points = 2

@test_case(points=None, hidden=False)
def test_auc(auc_sgd, auc_forest):
    import math
    import numbers
    for name, value in [('auc_sgd', auc_sgd), ('auc_forest', auc_forest)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, numbers.Real) and (not isinstance(value, bool)), f'`{name}` should be a single number (a float); got {type(value).__name__}.'
        assert math.isfinite(value), f'`{name}` is NaN or inf.'
        assert 0 <= value <= 1, f'`{name}` should lie between 0 and 1, like any area under a ROC curve; got {value:.4f}.'

