from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 2

@test_case(points=None, hidden=False)
def test_short_answers(dummy_accuracy, f1_hand):
    import math
    import numbers
    for name, value in [('dummy_accuracy', dummy_accuracy), ('f1_hand', f1_hand)]:
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, numbers.Real) and (not isinstance(value, bool)), f'`{name}` should be a single number; got {type(value).__name__}.'
        assert math.isfinite(value), f'`{name}` is NaN or inf.'
        assert 0 <= value <= 1, f'`{name}` should lie between 0 and 1; got {value:.4f}.'

