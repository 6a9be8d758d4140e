from otter.test_files import test_case

OK_FORMAT = False

name = "q3"
points = 2

@test_case(points=None, hidden=False)
def test_shapes_form(side_conv1, side_pool1, side_conv2, params_conv1, params_conv2):
    import numbers
    import numpy as np
    answers = {'side_conv1': side_conv1, 'side_pool1': side_pool1, 'side_conv2': side_conv2, 'params_conv1': params_conv1, 'params_conv2': params_conv2}
    for name, value in answers.items():
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, (numbers.Real, np.ndarray)) and (not isinstance(value, (bool, np.bool_))), f'`{name}` should be a number, got {type(value).__name__}.'
        assert np.size(value) == 1, f'`{name}` should be a single number, got shape {np.shape(value)}.'
        number = float(np.asarray(value).item())
        assert np.isfinite(number), f'`{name}` is NaN or inf.'
        assert number > 0 and number == int(number), f'`{name}` counts pixels or parameters, so it should be a positive integer; got {number}.'
    assert side_conv1 <= 64 and side_pool1 <= 64 and (side_conv2 <= 64), 'No layer here makes the image larger than its 64 x 64 input.'

