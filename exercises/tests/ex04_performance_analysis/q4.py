from otter.test_files import test_case

OK_FORMAT = False

name = "q4"
points = 2

@test_case(points=None, hidden=False)
def test_threshold(threshold_90, recall_90):
    import math
    import numbers
    for name, value in [('threshold_90', threshold_90), ('recall_90', recall_90)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, numbers.Real) and (not isinstance(value, bool)), f'`{name}` should be a single number (a float); got {type(value).__name__}.'
        assert math.isfinite(value), f'`{name}` is NaN or inf.'
    assert 0 <= recall_90 <= 1, f'`recall_90` should lie between 0 and 1; got {recall_90:.4f}.'

