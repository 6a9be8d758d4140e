from otter.test_files import test_case

OK_FORMAT = False

name = "q7"
points = 10

@test_case(points=None, hidden=False)
def test_by_hand(conv_params, valid_output_side, same_output_side, cnn_flatten_size):
    import numbers
    answers = {'conv_params': conv_params, 'valid_output_side': valid_output_side, 'same_output_side': same_output_side, 'cnn_flatten_size': cnn_flatten_size}
    for name, value in answers.items():
        assert value is not None, f'`{name}` is not defined: run the cell where you set it.'
        assert value is not ..., f'`{name}` is still `...`: replace it with your answer.'
        assert isinstance(value, numbers.Real) and (not isinstance(value, bool)), f'`{name}` should be a number; got {value!r} of type {type(value).__name__}.'
        assert value == int(value) and value > 0, f'`{name}` should be a positive whole number; got {value}.'

